package org.babelbake.locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class FormattedTextsTest {
    private static final String PLURAL = "{count, plural, zero {# مراجع} one {مرجع واحد} two {مرجعان} few {# مراجع} many {# مرجعًا} other {# مرجع}} ({who})";

    private static MessageFormat arabic(String pattern) {
        return new MessageFormat(pattern, new ULocale("ar"));
    }

    @Test
    void givesWhatIcuGivesForEveryCountAndName() {
        FormattedTexts texts = new FormattedTexts(arabic(PLURAL));
        for (int round = 0; round < 2; round++) { // the second round is answered from memory
            for (int count = 0; count <= 120; count++) {
                Map<String, Object> args = Map.of("count", count, "who", round == 0 ? "أ" : "ب");
                assertEquals(arabic(PLURAL).format(args), texts.format(args), args.toString());
            }
        }
    }

    @Test
    void theSameArgumentsAreFormattedOnce() {
        FormattedTexts texts = new FormattedTexts(arabic(PLURAL));
        String first = texts.format(new HashMap<>(Map.of("count", 3, "who", "x")));
        assertSame(first, texts.format(Map.of("count", 3, "who", "x")));
        assertNotSame(first, texts.format(Map.of("count", 4, "who", "x")));
    }

    @Test
    void argumentsChangedAfterACallAreFormattedAnew() {
        FormattedTexts texts = new FormattedTexts(arabic(PLURAL));
        Map<String, Object> args = new HashMap<>(Map.of("count", 1, "who", "x"));
        assertEquals(arabic(PLURAL).format(args), texts.format(args));
        args.put("count", 11);
        assertEquals(arabic(PLURAL).format(args), texts.format(args));
        assertEquals(arabic(PLURAL).format(Map.of("count", 1, "who", "x")), texts.format(Map.of("count", 1, "who", "x")));
    }

    @Test
    void aMapChangedAfterTheCallIsNotTakenForItsOldArguments() {
        // "Aa" and "BB" have the same hash code: both maps below hash alike and differ only in content.
        FormattedTexts texts = new FormattedTexts(arabic("{Aa}-{BB}"));
        Map<String, Object> args = new HashMap<>(Map.of("Aa", "1", "BB", "2"));
        assertEquals("1-2", texts.format(args));
        args.putAll(Map.of("Aa", "2", "BB", "1"));
        assertEquals("2-1", texts.format(Map.of("Aa", "2", "BB", "1")));
    }

    @Test
    void datesAndFractionsAreFormattedAtEachCall() {
        String pattern = "{when, date, ::yMMMd} {share, number}";
        FormattedTexts texts = new FormattedTexts(arabic(pattern));
        Map<String, Object> args = new HashMap<>(Map.of("when", new Date(0), "share", 0.5));
        String first = texts.format(args);
        assertEquals(arabic(pattern).format(args), first);
        assertNotSame(first, texts.format(args));
    }

    @Test
    void aMessageWithoutArgumentsIsFormattedOnce() {
        FormattedTexts texts = new FormattedTexts(arabic("بحث"));
        assertEquals("بحث", texts.format(Map.of()));
        assertSame(texts.format(Map.of()), texts.format(Map.of("unused", 1)));
    }

    @Test
    void beyondWhatItRemembersItStillFormats() {
        FormattedTexts texts = new FormattedTexts(arabic(PLURAL));
        IntStream.range(0, FormattedTexts.REMEMBERED * 2).forEach(n ->
                assertEquals(arabic(PLURAL).format(Map.of("count", n, "who", "y")), texts.format(Map.of("count", n, "who", "y"))));
    }
}
