package org.babelbake.bake;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a node's text from the parsed string answers as the sequence itself would, in any order of asking. */
class ParsedTextTest {
    private static final String DOCUMENT = "no pipe here | one | two\nnone at all\nlast|";
    private static final BasedSequence PARSED = BasedSequence.of(DOCUMENT);

    @Test
    void aRangeIsCutFromTheParsedString() {
        assertEquals("pipe here", ParsedText.of(PARSED.subSequence(3, 12)));
        assertEquals("xpipe", ParsedText.of(PrefixedSubSequence.prefixOf("x", PARSED.subSequence(3, 7))));
    }

    @Test
    void theFinderAnswersEveryRangeAsASearchOfItWould() {
        // Every range, asked in document order, then backwards, then at random: as String.indexOf within the range.
        ParsedText.Finder inOrder = new ParsedText.Finder('|');
        for (int start = 0; start <= DOCUMENT.length(); start++) {
            for (int end = start; end <= DOCUMENT.length(); end++) assertAnswer(inOrder, start, end);
        }
        ParsedText.Finder backwards = new ParsedText.Finder('|');
        for (int start = DOCUMENT.length(); start >= 0; start--) assertAnswer(backwards, start, DOCUMENT.length());
        ParsedText.Finder random = new ParsedText.Finder('|');
        Random positions = new Random(5);
        for (int i = 0; i < 2000; i++) {
            int a = positions.nextInt(DOCUMENT.length() + 1), b = positions.nextInt(DOCUMENT.length() + 1);
            assertAnswer(random, Math.min(a, b), Math.max(a, b));
        }
    }

    @Test
    void aDocumentWithoutTheCharacterHasItNowhere() {
        ParsedText.Finder finder = new ParsedText.Finder('\\');
        assertFalse(finder.isIn(PARSED.subSequence(0, 5)));
        assertFalse(finder.isIn(PARSED.subSequence(5, DOCUMENT.length())));
    }

    @Test
    void anotherDocumentOrATextNotCutFromOneIsSearchedAgain() {
        ParsedText.Finder finder = new ParsedText.Finder('|');
        assertFalse(finder.isIn(PARSED.subSequence(0, 12)));
        assertTrue(finder.isIn(BasedSequence.of("a|b").subSequence(0, 3)));
        assertTrue(finder.isIn(PrefixedSubSequence.prefixOf("|", PARSED.subSequence(0, 3))));
        assertFalse(finder.isIn(PrefixedSubSequence.prefixOf("x", PARSED.subSequence(0, 3))));
    }

    private static void assertAnswer(ParsedText.Finder finder, int start, int end) {
        boolean expected = DOCUMENT.substring(start, end).indexOf('|') >= 0;
        assertEquals(expected, finder.isIn(PARSED.subSequence(start, end)), start + ".." + end);
    }
}
