package org.babelbake.search;

import com.ibm.icu.lang.UScript;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.babelbake.json.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search index of one locale, made at build time and shipped as two script files that
 * assign globals (no {@code fetch}, so they load from {@code file://}; no code is evaluated):
 * <ul>
 * <li>{@code search-index.js}: for each term (a Lucene stem, or a CJK character), given as its
 * {@link TermHash} number, the sections that contain it; and for the word forms whose stem the
 * browser's rule would not find, form number to stem number. This is what the size limit is about.</li>
 * <li>{@code search-text.js}: the sections' titles, addresses and text, loaded with the index, to
 * show and highlight the passage of each result and to confirm a match in it.</li>
 * </ul>
 * The browser cannot run Lucene, so search.js finds a query word's term by rule: fold it
 * ({@link TextFolding}), look its number up in the forms table; otherwise (Arabic: after
 * Lucene's normalisation and prefix removal, {@code بالتهاب} → {@code تهاب}) take the longest
 * prefix, down to half the word, whose number is a term. The build runs the same rule over every
 * word of the text and puts into the forms table exactly the words for which it would miss,
 * so words of the text are found exactly, and unseen forms ({@code myopathies} when the text
 * has only {@code myopathy}) by their stem's prefix. {@link #find} is that rule in Java.
 */
public final class SearchIndex {
    private final String language;
    private final List<IndexedPage> pages;
    private final List<IndexedSection> sections = new ArrayList<>();
    private final TermHash hash;
    /** Term number to the ordinals of the sections holding it, ascending. */
    private final TreeMap<Integer, int[]> postings = new TreeMap<>();
    private final TreeMap<Integer, Integer> forms = new TreeMap<>();

    private SearchIndex(String language, List<IndexedPage> pages) {
        this.language = language;
        this.pages = List.copyOf(pages);
        Map<String, WordAnalyzer> analyzers = new HashMap<>();
        // Hash maps while reading (a site has millions of words), sorted once at the end: the
        // same order, so the same numbers and tables, as sorted maps all along. Ordinals are kept
        // as ints, not boxed: what a locale's index holds survives many collections.
        Map<String, Ordinals> terms = new HashMap<>();
        Map<String, String> formTerms = new HashMap<>();
        for (IndexedPage page : pages) {
            for (IndexedSection section : page.sections()) {
                int ordinal = sections.size();
                sections.add(section);
                WordAnalyzer analyzer = analyzers.computeIfAbsent(section.language(), WordAnalyzer::new);
                for (String text : List.of(section.title(), section.text())) {
                    for (WordAnalyzer.Word word : analyzer.words(text)) {
                        if (word.term().isEmpty()) continue;
                        terms.computeIfAbsent(word.term(), t -> new Ordinals()).add(ordinal);
                        formTerms.putIfAbsent(word.folded(), word.term());
                    }
                }
            }
        }
        hash = TermHash.forTerms(terms.size());
        new TreeMap<>(terms).forEach((term, in) -> postings.merge(hash.of(term), in.toArray(), SearchIndex::union));
        new TreeMap<>(formTerms).forEach((form, term) -> {
            int stem = hash.of(term);
            if (ruleTerm(form) != stem) forms.putIfAbsent(hash.of(form), stem);
        });
    }

    /** The ordinals of the sections a term is in, each once; sections come in order, so a repeat is the last one. */
    private static final class Ordinals {
        private int[] values = new int[4];
        private int size;

        void add(int ordinal) {
            if (size > 0 && values[size - 1] == ordinal) return;
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = ordinal;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Two ascending arrays as one, each value once: terms whose numbers collide share a posting list. */
    private static int[] union(int[] a, int[] b) {
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) i++;
            if (j < b.length && b[j] == next) j++;
            merged[n++] = next;
        }
        return Arrays.copyOf(merged, n);
    }

    /** @param language the locale's tag; its pages' sections carry their own language for analysis */
    public static SearchIndex build(String language, List<IndexedPage> pages) {
        return new SearchIndex(language, pages);
    }

    /** The term number search.js takes for a folded word: forms table first, then the prefix rule. */
    int termOf(String folded) {
        Integer listed = forms.get(hash.of(folded));
        return listed != null ? listed : ruleTerm(folded);
    }

    /** The browser's rule, without the forms table; search.js {@code ruleTerm} does the same. */
    private int ruleTerm(String folded) {
        if (WordAnalyzer.isCjk(folded.codePointAt(0))) return hash.of(folded);
        String word = UScript.getScript(folded.codePointAt(0)) == UScript.ARABIC ? arabicPrefixRemoved(folded) : folded;
        int shortest = Math.max(Math.min(3, word.length()), (word.length() + 1) / 2);
        for (int n = word.length(); n >= shortest; n--) {
            int h = hash.of(word.substring(0, n));
            if (postings.containsKey(h)) return h;
        }
        return hash.of(word);
    }

    private static String arabicPrefixRemoved(String word) {
        char[] chars = word.toCharArray();
        int length = new ArabicNormalizer().normalize(chars, chars.length);
        length = new ArabicStemmer().stemPrefix(chars, length);
        return new String(chars, 0, length);
    }

    /**
     * The sections a query finds, as search.js finds them: every query word that the index
     * knows must be in the section (words it does not know, such as stop words, are left out), and
     * a run of CJK characters must stand together in the section's text.
     */
    public List<IndexedSection> find(String query) {
        WordAnalyzer analyzer = new WordAnalyzer(language);
        Set<Integer> found = null;
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int runEnd = -1;
        for (WordAnalyzer.Word word : analyzer.words(query)) {
            boolean cjk = WordAnalyzer.isCjk(word.folded().codePointAt(0));
            if (cjk && word.start() == runEnd) run.append(word.folded());
            else {
                if (run.length() > 0) runs.add(run.toString());
                run.setLength(0);
                if (cjk) run.append(word.folded());
            }
            runEnd = word.end();
            int[] in = postings.get(termOf(word.folded()));
            if (in == null) continue;
            Set<Integer> holding = new TreeSet<>();
            for (int section : in) holding.add(section);
            if (found == null) found = holding;
            else found.retainAll(holding);
        }
        if (run.length() > 0) runs.add(run.toString());
        if (found == null) return List.of();
        return found.stream().map(sections::get).filter(section -> runs.stream().allMatch(foldedWords(section)::contains)).toList();
    }

    /** A section's title and text as the folded words the index read, run together, as search.js compares a CJK run. */
    private static String foldedWords(IndexedSection section) {
        WordAnalyzer analyzer = new WordAnalyzer(section.language());
        StringBuilder folded = new StringBuilder();
        for (String text : List.of(section.title(), section.text())) {
            for (WordAnalyzer.Word word : analyzer.words(text)) folded.append(word.folded());
        }
        return folded.toString();
    }

    /** {@code search-index.js}: term numbers with their sections, and the forms table, as {@link Varints}. */
    public void writeIndexScript(OutputStream out) throws IOException {
        StringBuilder terms = new StringBuilder();
        int previous = 0;
        for (Map.Entry<Integer, int[]> entry : postings.entrySet()) {
            Varints.append(terms, entry.getKey() - previous);
            previous = entry.getKey();
            Varints.append(terms, entry.getValue().length);
            int last = 0;
            for (int section : entry.getValue()) {
                Varints.append(terms, section - last);
                last = section;
            }
        }
        StringBuilder formTable = new StringBuilder();
        previous = 0;
        for (Map.Entry<Integer, Integer> entry : forms.entrySet()) {
            Varints.append(formTable, entry.getKey() - previous);
            previous = entry.getKey();
            Varints.append(formTable, entry.getValue());
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("lang", language);
        index.put("bits", hash.bits());
        index.put("terms", terms.toString());
        index.put("forms", formTable.toString());
        script(out, "self.babelbakeSearchIndex=", index);
    }

    /**
     * {@code search-text.js}: the pages (path, title), the sections (page number, fragment, title,
     * text) and the status messages, {@code counts[n]} for n results and the last for more.
     */
    public void writeTextScript(List<String> counts, OutputStream out) throws IOException {
        Map<String, Integer> pageNumbers = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) pageNumbers.putIfAbsent(pages.get(i).path(), i);
        List<List<Object>> sectionRows = new ArrayList<>();
        for (IndexedSection section : sections) {
            sectionRows.add(List.of(pageNumbers.getOrDefault(section.page(), -1), section.fragment(), section.title(), section.text()));
        }
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("lang", language);
        text.put("counts", counts);
        text.put("pages", pages.stream().map(p -> List.of(p.path(), p.title())).toList());
        text.put("sections", sectionRows);
        script(out, "self.babelbakeSearchText=", text);
    }

    /** A script that assigns one global: no code of its own, so it loads from {@code file://} too. */
    private static void script(OutputStream out, String assignment, Object value) throws IOException {
        out.write(assignment.getBytes(StandardCharsets.US_ASCII));
        Json.forScript(value, out);
        out.write(";\n".getBytes(StandardCharsets.US_ASCII));
    }
}
