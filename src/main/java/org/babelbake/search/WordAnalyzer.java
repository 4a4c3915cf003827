package org.babelbake.search;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Splits text of one language into the words the search index holds: runs of letters, marks
 * and digits, exactly as search-engine.js splits a query (so {@code l'inflammation} gives
 * {@code l} and {@code inflammation}). Text in a script written without spaces whose words
 * only a dictionary finds (Thai, Lao, Khmer, Burmese) first goes through ICU's word
 * {@link BreakIterator}, so that a word inside a phrase is a term of its own.
 * Chinese and Japanese characters are single terms: the index says which sections have
 * every character of a query, and the browser then checks that the characters stand together
 * in the section's text. That finds {@code 肌炎} inside any sentence without relying on a
 * dictionary that ICU4J and the browser would have in different versions.
 * Not thread-safe (the stemmers keep state): one analyser per thread.
 */
public final class WordAnalyzer {
    /** Below U+2E80 (CJK radicals) ICU gives no character the Han, Hiragana or Katakana script. */
    private static final int FIRST_CJK = 0x2E80;
    /** Below U+0E00 (Thai) no character has the line break class SA (complex context). */
    private static final int FIRST_DICTIONARY = 0x0E00;
    /** The scripts whose words only a dictionary finds: line break class SA (complex context), from ICU's data. */
    private static final UnicodeSet DICTIONARY_SCRIPTS = new UnicodeSet("[:Line_Break=Complex_Context:]").freeze();
    private final ULocale locale;
    private final UnaryOperator<String> stemmer;
    private final CharArraySet stopWords;
    /** ICU makes a word iterator from its rules on every request; one per analyser (per thread), made when first needed. */
    private BreakIterator breaks;
    /** Folded form and term of each surface form met: a text repeats its words, folding and stemming cost. */
    private final Map<String, String[]> known = new HashMap<>();

    public WordAnalyzer(String languageTag) {
        this.locale = ULocale.forLanguageTag(languageTag);
        this.stemmer = Stemmers.forLanguage(locale.getLanguage());
        this.stopWords = stopWords(locale.getLanguage());
    }

    /** A word of the text: where it is, its folded form, and the term it is indexed under (empty for a stop word). */
    public record Word(int start, int end, String folded, String term) {
    }

    /** The words of {@code text}, in order. */
    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        // The runs are the words, as the browser splits them. (ICU's word rules, asked first before,
        // were a third of an index's time and differed only on rare signs such as ² and ₂ after a letter.)
        // The same pass looks out for a dictionary script, and gives up at its first letter.
        if (pieces(text, 0, text.length(), words, true)) return words;
        words.clear();
        if (breaks == null) breaks = BreakIterator.getWordInstance(locale);
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (breaks.getRuleStatus() == BreakIterator.WORD_NONE) continue;
            pieces(text, start, end, words, false);
        }
        return words;
    }

    /** The term a folded word is indexed under: its stem, the character itself for CJK, empty for a stop word. */
    public String term(String surface, String folded) {
        if (isCjk(folded.codePointAt(0))) return folded;
        if (stopWords.contains(surface.toLowerCase(locale.toLocale())) || stopWords.contains(folded)) return "";
        return stemmer.apply(folded);
    }

    /**
     * Adds the runs of word characters between {@code from} and {@code to} to {@code words}.
     *
     * @param stopAtDictionary give up at the first character of a dictionary script
     * @return false when it gave up (the words added so far are then to be dropped)
     */
    private boolean pieces(String text, int from, int to, List<Word> words, boolean stopAtDictionary) {
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (stopAtDictionary && needsDictionary(cp)) return false;
            int end = i + Character.charCount(cp);
            if (!isWordChar(cp)) {
                i = end;
                continue;
            }
            if (!isCjk(cp)) {
                while (end < to) {
                    int next = text.codePointAt(end);
                    if (!isWordChar(next) || isCjk(next)) break;
                    if (stopAtDictionary && needsDictionary(next)) return false;
                    end += Character.charCount(next);
                }
            }
            String[] analysed = known.computeIfAbsent(text.substring(i, end), surface -> {
                String folded = TextFolding.fold(surface);
                return new String[] {folded, folded.isEmpty() ? "" : term(surface, folded)};
            });
            if (!analysed[0].isEmpty()) words.add(new Word(i, end, analysed[0], analysed[1]));
            i = end;
        }
        return true;
    }

    /** Letters, marks and digits: what search.js's {@code [\p{L}\p{M}\p{N}]} matches. */
    static boolean isWordChar(int cp) {
        // Java numbers the general categories L (1-5), M (6-8) and N (9-11) first: one look-up per character.
        int type = Character.getType(cp);
        return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER;
    }

    /** Whether the character is of a script whose words ICU finds by dictionary (line break class SA). */
    static boolean needsDictionary(int cp) {
        // The first such script is Thai (U+0E00): most text is decided without a look-up.
        return cp >= FIRST_DICTIONARY && DICTIONARY_SCRIPTS.contains(cp);
    }

    /** Han, Hiragana and Katakana: written without spaces between words. */
    static boolean isCjk(int cp) {
        if (cp < FIRST_CJK) return false; // most text: no script look-up
        int script = UScript.getScript(cp);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
    }

    private static CharArraySet stopWords(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "ru" -> RussianAnalyzer.getDefaultStopSet();
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "ar" -> ArabicAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
    }
}
