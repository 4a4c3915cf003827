package org.babelbake.locale;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteLocaleTest {
    @Test
    void endonymsAndDirectionComeFromIcu() {
        assertEquals("Español", SiteLocale.create("es").endonym());
        assertEquals("Deutsch", SiteLocale.create("de").endonym());
        assertEquals("rtl", SiteLocale.create("ar").dir());
        assertEquals("ltr", SiteLocale.create("zh-Hans").dir());
        assertTrue(SiteLocale.create("ar").rightToLeft());
    }

    @Test
    void canonicalTagsAreAccepted() {
        assertNull(SiteLocale.problemWith("pt-BR"));
        assertNull(SiteLocale.problemWith("zh-Hans"));
    }

    @Test
    void badTagsAreExplainedWithAnExample() {
        assertTrue(SiteLocale.problemWith("pt_BR").contains("such as en, es, zh-Hans or pt-BR"));
        assertEquals("\"pt-br\" is not written in canonical form; write \"pt-BR\"", SiteLocale.problemWith("pt-br"));
        assertTrue(SiteLocale.problemWith("qq").contains("ICU knows no language"));
        assertFalse(SiteLocale.of("english").isPresent());
    }
}
