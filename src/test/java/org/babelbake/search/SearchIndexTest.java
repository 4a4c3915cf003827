package org.babelbake.search;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Queries against small indexes, matched by the rule the browser uses (forms table, then stem prefixes). */
class SearchIndexTest {
    private static SearchIndex index(String language, String... sectionTexts) {
        List<IndexedSection> sections = new java.util.ArrayList<>();
        for (int i = 0; i < sectionTexts.length; i++) {
            sections.add(new IndexedSection("page.html", "s" + i, "Section " + i, sectionTexts[i], language));
        }
        return SearchIndex.build(language, List.of(new IndexedPage("page.html", "Page", sections)));
    }

    private static List<String> found(SearchIndex index, String query) {
        return index.find(query).stream().map(IndexedSection::fragment).toList();
    }

    @Test
    void englishPluralFindsTheSingularInTheText() {
        SearchIndex index = index("en", "Immune-mediated necrotizing myopathy is a rare disease.", "The heart is a muscle.");
        assertEquals(List.of("s0"), found(index, "myopathies"));
        assertEquals(List.of("s0"), found(index, "MYOPATHY"));
        assertEquals(List.of(), found(index, "kidney"));
    }

    @Test
    void germanPluralFindsTheSingularWithOrWithoutUmlaut() {
        SearchIndex index = index("de", "Eine Entzündung der Muskeln.", "Das Herz ist ein Muskel.");
        assertEquals(List.of("s0"), found(index, "Entzündungen"));
        assertEquals(List.of("s0"), found(index, "entzundung"));
    }

    @Test
    void russianCaseFormFindsTheNominative() {
        SearchIndex index = index("ru", "Иммуноопосредованная некротизирующая миопатия — редкое заболевание.", "Сердце — это мышца.");
        assertEquals(List.of("s0"), found(index, "миопатии"));
    }

    @Test
    void arabicWordWithPrefixesFindsTheWordWithTheArticle() {
        SearchIndex index = index("ar", "يسبب المرض التهاب العضلات.", "القلب عضلة.");
        assertEquals(List.of("s0"), found(index, "بالتهاب"));
        assertEquals(List.of("s0"), found(index, "والتهاب"));
    }

    @Test
    void chineseWordIsFoundInsideASentenceOnlyWithItsCharactersTogether() {
        SearchIndex index = index("zh-Hans", "特发性炎性肌病（也称为肌炎）是一组罕见疾病。", "炎症可以影响肌肉。");
        assertEquals(List.of("s0"), found(index, "肌炎"));
        assertEquals(List.of(), found(index, "炎肌"), "both characters are in both sections, but together only in the first");
    }

    @Test
    void noCharacterBeforeTheCjkRadicalsHasAHanOrKanaScript() {
        // WordAnalyzer.isCjk answers below U+2E80 without asking ICU; this holds it to ICU's data.
        for (int cp = 0; cp < 0x2E80; cp++) {
            int script = com.ibm.icu.lang.UScript.getScript(cp);
            assertTrue(script != com.ibm.icu.lang.UScript.HAN && script != com.ibm.icu.lang.UScript.HIRAGANA
                    && script != com.ibm.icu.lang.UScript.KATAKANA, Integer.toHexString(cp));
        }
        assertTrue(WordAnalyzer.isCjk(0x2E80) && WordAnalyzer.isCjk('肌') && WordAnalyzer.isCjk('カ'));
    }

    /** search-engine.js's WORD: a CJK character, or a run of letters, marks and digits without one. */
    private static final Pattern BROWSER_WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|(?:(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])[\\p{L}\\p{M}\\p{N}])+");

    private static List<String> browserWords(String text) {
        return BROWSER_WORD.matcher(text).results().map(m -> TextFolding.fold(m.group())).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void textIsSplitIntoWordsAsTheBrowserSplitsAQuery() throws IOException {
        List<String> texts = new ArrayList<>(List.of("l'inflammation, 3.14 et l’été", "x² H₂O ½ Ⅻ", "a \u0301 b", "e-mail co-op",
                "naïve café 👍🏽", "カード・ゲーム 肌炎（筋炎）", "الْتِهَاب العضلات", "Straße ΣΊΣΥΦΟΣ"));
        try (Stream<Path> content = Files.walk(Path.of("content"))) {
            for (Path file : content.filter(f -> f.toString().endsWith(".md")).sorted().toList()) texts.add(Files.readString(file));
        }
        assertTrue(texts.size() > 50, "the site's own content, every language");
        for (String text : texts) {
            List<String> words = new WordAnalyzer("en").words(text).stream().map(WordAnalyzer.Word::folded).toList();
            assertEquals(browserWords(text), words, text.substring(0, Math.min(60, text.length())));
        }
    }

    @Test
    void aWordCharacterIsALetterMarkOrDigitForEveryCodePoint() {
        Pattern letterMarkOrDigit = Pattern.compile("[\\p{L}\\p{M}\\p{N}]");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertEquals(letterMarkOrDigit.matcher(Character.toString(cp)).matches(), WordAnalyzer.isWordChar(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void aCharacterNeedsTheDictionaryExactlyWhenItHasLineBreakClassSa() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean complex = com.ibm.icu.lang.UCharacter.getIntPropertyValue(cp, com.ibm.icu.lang.UProperty.LINE_BREAK)
                    == com.ibm.icu.lang.UCharacter.LineBreak.COMPLEX_CONTEXT;
            assertEquals(complex, WordAnalyzer.needsDictionary(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void thaiAfterOtherWordsSendsTheWholeTextToTheDictionaryOnce() {
        String text = "Muscle weakness: ภาษาไทยเป็นภาษาราชการ, muscle.";
        List<WordAnalyzer.Word> words = new WordAnalyzer("en").words(text);
        List<String> folded = words.stream().map(WordAnalyzer.Word::folded).toList();
        assertEquals("muscle", folded.get(0));
        assertEquals("weakness", folded.get(1));
        assertEquals("muscle", folded.get(folded.size() - 1));
        assertTrue(folded.contains("ไทย"), "the Thai phrase is cut into words: " + folded);
        assertFalse(folded.contains("ภาษาไทยเป็นภาษาราชการ"), folded.toString());
        for (int i = 1; i < words.size(); i++) {
            assertTrue(words.get(i).start() >= words.get(i - 1).end(), "each word once, in order: " + folded);
        }
        words.forEach(w -> assertEquals(w.folded(), TextFolding.fold(text.substring(w.start(), w.end()))));
        List<String> joined = new WordAnalyzer("en").words("IMNMภาษาไทยเป็นภาษาราชการ").stream().map(WordAnalyzer.Word::folded).toList();
        assertTrue(joined.contains("ไทย"), "Thai straight after a Latin letter is found too: " + joined);
    }

    @Test
    void thaiWordInsideAPhraseIsFoundByDictionary() {
        // Thai is written without spaces: ICU's dictionary cuts the phrase, so a word in it is a term of its own.
        SearchIndex index = index("th", "ภาษาไทยเป็นภาษาราชการ", "สวัสดี");
        assertEquals(List.of("s0"), found(index, "ไทย"));
        assertEquals(List.of("s0"), found(index, "ราชการ"));
    }

    @Test
    void everyWordOfTheQueryMustBeInTheSection() {
        SearchIndex index = index("en", "Muscle weakness is the main symptom.", "Muscle biopsy shows necrosis.");
        assertEquals(List.of("s0", "s1"), found(index, "muscles"));
        assertEquals(List.of("s1"), found(index, "muscle necrosis"));
        assertEquals(List.of("s1"), found(index, "the necrosis"), "a stop word is not required");
    }

    @Test
    void foldingRemovesCaseAndLatinAccentsButKeepsArabicLetters() {
        assertEquals("entzundung", TextFolding.fold("Entzündung"));
        assertEquals("strasse", TextFolding.fold("Straße"));
        assertEquals("миопатия", TextFolding.fold("Миопатия"));
        assertEquals("التهاب", TextFolding.fold("الْتِهَاب"));
    }

    @Test
    void everyWordFindsEverySectionHoldingItAlsoWhenTermNumbersCollide() {
        java.util.Random random = new java.util.Random(17);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = 6 + random.nextInt(3); n > 0; n--) word.append((char) ('a' + random.nextInt(26)));
            vocabulary.add(word.toString());
        }
        String[] texts = new String[100];
        java.util.Map<String, java.util.Set<String>> holding = new java.util.HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 0; n < 200; n++) {
                String word = vocabulary.get(random.nextInt(vocabulary.size()));
                text.append(word).append(' ');
                holding.computeIfAbsent(word, w -> new java.util.TreeSet<>()).add("s" + i);
            }
            texts[i] = text.toString();
        }
        // The test means something only if some of its terms share a number (their sections are then merged).
        WordAnalyzer analyzer = new WordAnalyzer("en");
        java.util.Set<String> terms = new java.util.HashSet<>();
        for (String word : holding.keySet()) terms.add(analyzer.words(word).get(0).term());
        TermHash hash = TermHash.forTerms(terms.size());
        assertTrue(terms.stream().map(hash::of).distinct().count() < terms.size(), "some term numbers collide");

        SearchIndex index = index("en", texts);
        holding.forEach((word, sections) -> assertTrue(found(index, word).containsAll(sections), word));
    }

    @Test
    void indexScriptsAssignGlobalsAndRepeatByteForByte() {
        String first = script(index("en", "Myopathy and myositis.")::writeIndexScript);
        assertTrue(first.startsWith("self.babelbakeSearchIndex={\"lang\":\"en\""), first);
        assertEquals(first, script(index("en", "Myopathy and myositis.")::writeIndexScript));
        SearchIndex text = index("en", "Myopathy.");
        assertTrue(script(out -> text.writeTextScript(List.of("none"), out)).contains("\"Myopathy.\""));
    }

    private interface Script {
        void writeTo(OutputStream out) throws IOException;
    }

    private static String script(Script script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            script.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
