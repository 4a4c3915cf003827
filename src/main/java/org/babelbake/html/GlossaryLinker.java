package org.babelbake.html;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.SearchIterator;
import com.ibm.icu.text.StringSearch;
import com.ibm.icu.util.ULocale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the first use of each glossary term in a text to its definition. Matching is ICU's:
 * the locale's collator at secondary strength (case-insensitive, accent-sensitive) and its word
 * boundaries, except in Chinese and Japanese, which do not separate words by spaces. Headings,
 * links and code are left alone. The definition shows as the link's title, the link gets an id
 * for the glossary's way back to it, and it works without JavaScript.
 */
public final class GlossaryLinker {
    /**
     * A term to link: its words, where it is defined, and its definition as plain text.
     *
     * @param useId the id its first use gets, unique on the page
     */
    public record Term(String id, String words, String href, String definition, String useId) {
    }

    private static final Set<String> SKIPPED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "a", "dfn", "code", "pre", "abbr");
    private static final Set<String> UNSPACED_SCRIPTS = Set.of("Hani", "Hans", "Hant", "Jpan", "Thai", "Laoo", "Khmr", "Mymr");
    private final ULocale locale;
    private final boolean spaced;
    private final RuleBasedCollator collator;
    private final Set<String> linked = new HashSet<>();
    private final Map<String, StringSearch> searches = new HashMap<>();
    private final Map<String, String> skeletons = new HashMap<>();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    /** One linker per page and language (not thread-safe): each term is linked once, at its first use. */
    public GlossaryLinker(ULocale locale) {
        this.locale = locale;
        this.spaced = !UNSPACED_SCRIPTS.contains(ULocale.addLikelySubtags(locale).getScript());
        this.collator = (RuleBasedCollator) Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        // Spaces and hyphens are ignorable: "myositis-specific" matches "myositis specific".
        // (Not for unspaced scripts: there ICU's search then finds nothing.)
        if (spaced) collator.setAlternateHandlingShifted(true);
    }

    public HtmlFragment link(HtmlFragment fragment, List<Term> terms) {
        Element body = fragment.edit();
        link(body, terms);
        return HtmlFragment.parsed(body);
    }

    /**
     * Links inside an element already parsed, so that other changes to the same text need no second parse.
     *
     * @return the ids of the terms linked here, in the order of the text
     */
    public List<String> link(Element root, List<Term> terms) {
        List<TextNode> texts = new ArrayList<>();
        collect(root, texts);
        List<String> linkedHere = new ArrayList<>();
        for (TextNode text : texts) linkIn(text, terms, linkedHere);
        return linkedHere;
    }

    private static void collect(Element element, List<TextNode> texts) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) texts.add(text);
            else if (child instanceof Element inner && !SKIPPED.contains(inner.normalName())) collect(inner, texts);
        }
    }

    private void linkIn(TextNode node, List<Term> terms, List<String> linkedHere) {
        TextNode rest = node;
        while (rest != null) {
            String text = rest.getWholeText();
            String skeleton = skeleton(text);
            Match first = null;
            for (Term term : terms) {
                if (linked.contains(term.id())) continue;
                // ICU's search is exact but slow; a text whose skeleton lacks the term's cannot match.
                if (!skeleton.contains(skeletons.computeIfAbsent(term.words(), GlossaryLinker::skeleton))) continue;
                Match match = find(text, term);
                if (match != null && (first == null || match.start < first.start)) first = match;
            }
            if (first == null) return;
            linked.add(first.term.id());
            linkedHere.add(first.term.id());
            // jsoup splits only strictly inside a text, so the ends are handled apart.
            TextNode after = first.start == 0 ? rest : rest.splitText(first.start);
            int end = first.start + first.length;
            TextNode remainder = end >= text.length() ? null : after.splitText(first.length);
            Element link = new Element("a").addClass("term").attr("href", first.term.href())
                    .attr("title", first.term.definition()).id(first.term.useId());
            after.replaceWith(link);
            link.appendChild(after);
            rest = remainder;
        }
    }

    private record Match(Term term, int start, int length) {
    }

    /**
     * Letters and digits only, case-folded with compatibility forms unified (NFKC_Casefold): what
     * a match at secondary strength with spaces and punctuation ignorable must have in common.
     */
    static String skeleton(String text) {
        String folded = NFKC_CASEFOLD.normalize(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private Match find(String text, Term term) {
        if (term.words().isBlank() || text.isBlank()) return null;
        // One search per term, pointed at each text in turn: building one compiles its pattern.
        StringSearch search = searches.computeIfAbsent(term.id(), id -> new StringSearch(term.words(),
                new StringCharacterIterator(text), collator, spaced ? BreakIterator.getWordInstance(locale) : null));
        search.setTarget(new StringCharacterIterator(text));
        int start = search.first();
        return start == SearchIterator.DONE ? null : new Match(term, start, search.getMatchLength());
    }
}
