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
    void aLanguageIsNamedInEachReadersLanguageWhateverWasAskedBefore() {
        SiteLocale spanish = SiteLocale.create("es");
        for (int round = 0; round < 2; round++) {
            assertEquals("Spanish", spanish.nameIn(SiteLocale.create("en")));
            assertEquals("Spanisch", spanish.nameIn(SiteLocale.create("de")));
            assertEquals("espagnol", spanish.nameIn(SiteLocale.create("fr")));
            assertEquals("español", spanish.nameIn(spanish));
            assertEquals("German", SiteLocale.create("de").nameIn(SiteLocale.create("en")));
        }
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
