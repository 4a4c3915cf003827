package org.babelbake.translation;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordDiffTest {
    private static String diff(String before, String after, String language) {
        return WordDiff.plain(WordDiff.of(before, after, new ULocale(language)));
    }

    @Test
    void marksRemovedAndAddedWordsOnly() {
        assertEquals("The [-hallmark-]{+main+} feature.", diff("The hallmark feature.", "The hallmark feature.".replace("hallmark", "main"), "en"));
    }

    @Test
    void changesSeparatedBySpacesReadAsOne() {
        assertEquals("a [-b c-]{+x y+} d", diff("a b c d", "a x y d", "en"));
    }

    @Test
    void scriptsWithoutSpacesAreSplitIntoWords() {
        assertEquals("肌肉[-无力-]{+疼痛+}", diff("肌肉无力", "肌肉疼痛", "zh"));
    }

    @Test
    void identicalTextsHaveNoChange() {
        assertEquals("Same text.", diff("Same text.", "Same text.", "en"));
    }
}
