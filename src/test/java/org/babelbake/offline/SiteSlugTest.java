package org.babelbake.offline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteSlugTest {
    @Test
    void aLatinNameBecomesLowerCaseWordsJoinedByHyphens() {
        assertEquals("babelbake-patient-information", SiteSlug.fromName("Babelbake patient information").value());
        assertEquals("myositis-info", SiteSlug.fromName("  Myositis: Info!  ").value());
        assertEquals("societe-francaise-de-myologie", SiteSlug.fromName("Société française de myologie").value());
    }

    @Test
    void otherScriptsAreTransliteratedByIcu() {
        assertEquals("informacia-o-miozite", SiteSlug.fromName("Информация о миозите").value());
        String chinese = SiteSlug.fromName("肌炎信息").value();
        assertTrue(SiteSlug.isValid(chinese) && chinese.startsWith("ji-yan"), chinese);
        String arabic = SiteSlug.fromName("معلومات للمرضى").value();
        assertTrue(SiteSlug.isValid(arabic) && arabic.length() > 5, arabic);
    }

    @Test
    void aNameWithNothingToWriteInAsciiGivesSite() {
        assertEquals("site", SiteSlug.fromName("★ ★").value());
    }

    @Test
    void onlyLowerCaseAsciiWordsAndSingleHyphensAreSlugs() {
        assertTrue(SiteSlug.isValid("myositis-info-2"));
        for (String bad : new String[] {"", "Myositis", "a--b", "-a", "a-", "a b", "a/b", "ü"}) {
            assertFalse(SiteSlug.isValid(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> new SiteSlug(bad), bad);
        }
        assertEquals("myositis-info-zh-Hans", new SiteSlug("myositis-info").copyName("zh-Hans"));
    }
}
