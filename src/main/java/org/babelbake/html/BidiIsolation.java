package org.babelbake.html;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Isolates every left-to-right run (a DOI, a URL, a Latin acronym or name, a number with its
 * unit) inside right-to-left text in {@code <bdi dir="ltr">}, so that the Unicode bidi algorithm
 * cannot move its punctuation or split it across lines away from its parts. Runs are found with
 * ICU's bidi classes: a run starts at a strongly left-to-right letter (or the number before it)
 * and ends at its last left-to-right letter or digit, with its brackets balanced.
 */
public final class BidiIsolation {
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "bdi", "textarea", "head", "title");
    /** Parsed once: a selector given as a string is parsed again at every use. */
    private static final Evaluator ROOT = QueryParser.parse("html");

    private BidiIsolation() {
    }

    /** A left-to-right run, as {@code [start, end)} char offsets into its text. */
    public record Run(int start, int end) {
        public Run {
            if (start < 0 || end <= start) throw new IllegalArgumentException("a run is [start, end) with start < end: " + start + ", " + end);
        }
    }

    /**
     * Whether a whole page needs the pass: its own direction is right-to-left. (Right-to-left
     * words in a left-to-right page, such as a language's name, carry their own dir.)
     */
    public static boolean needed(Document page) {
        Element root = page.selectFirst(ROOT);
        return root != null && "rtl".equalsIgnoreCase(root.attr("dir"));
    }

    /** A whole page with its left-to-right runs in right-to-left text isolated; other bytes as jsoup writes them. */
    public static String page(String html) {
        return page(Jsoup.parse(html));
    }

    /** Isolates the runs of a parsed page in place and gives its HTML; the page stays usable. */
    public static String page(Document document) {
        document.outputSettings().prettyPrint(false);
        isolate(document.body(), needed(document));
        return document.outerHtml();
    }

    /**
     * Isolates the runs inside {@code root}.
     *
     * @param rightToLeft the direction of the text {@code root} stands in
     */
    public static void isolate(Element root, boolean rightToLeft) {
        List<TextNode> texts = new ArrayList<>();
        collect(root, rightToLeft, texts);
        for (TextNode text : texts) isolate(text);
    }

    private static void collect(Element element, boolean rightToLeft, List<TextNode> texts) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                if (rightToLeft) texts.add(text);
            } else if (child instanceof Element inner && !SKIPPED.contains(inner.normalName())) {
                String dir = inner.attr("dir").toLowerCase(Locale.ROOT);
                // An element with dir is isolated by the browser and sets the direction inside it.
                if (dir.equals("auto")) continue;
                collect(inner, dir.isEmpty() ? rightToLeft : dir.equals("rtl"), texts);
            }
        }
    }

    private static void isolate(TextNode node) {
        String text = node.getWholeText();
        List<Run> runs = runs(text);
        if (runs.isEmpty()) return;
        List<Node> replacement = new ArrayList<>();
        int at = 0;
        for (Run run : runs) {
            if (run.start() > at) replacement.add(new TextNode(text.substring(at, run.start())));
            Element bdi = new Element("bdi").attr("dir", "ltr");
            bdi.appendChild(new TextNode(text.substring(run.start(), run.end())));
            replacement.add(bdi);
            at = run.end();
        }
        if (at < text.length()) replacement.add(new TextNode(text.substring(at)));
        Node last = node;
        for (Node n : replacement) {
            last.after(n);
            last = n;
        }
        node.remove();
    }

    /** The left-to-right runs of a text in right-to-left context. */
    public static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (UCharacter.getDirection(cp) != UCharacterDirection.LEFT_TO_RIGHT) {
                i += Character.charCount(cp);
                continue;
            }
            int start = Math.max(numberBefore(text, i), runs.isEmpty() ? 0 : runs.get(runs.size() - 1).end());
            int end = i;
            int j = i;
            while (j < text.length()) {
                int c = text.codePointAt(j);
                int dir = UCharacter.getDirection(c);
                if (rightToLeft(dir) || dir == UCharacterDirection.BLOCK_SEPARATOR
                        || dir == UCharacterDirection.SEGMENT_SEPARATOR) break;
                j += Character.charCount(c);
                if (dir == UCharacterDirection.LEFT_TO_RIGHT || dir == UCharacterDirection.EUROPEAN_NUMBER
                        || dir == UCharacterDirection.ARABIC_NUMBER || dir == UCharacterDirection.DIR_NON_SPACING_MARK) {
                    end = j;
                }
            }
            end = closeBrackets(text, start, end, j);
            runs.add(new Run(start, end));
            i = end;
        }
        return runs;
    }

    private static boolean rightToLeft(int dir) {
        return dir == UCharacterDirection.RIGHT_TO_LEFT || dir == UCharacterDirection.RIGHT_TO_LEFT_ARABIC
                || dir == UCharacterDirection.RIGHT_TO_LEFT_EMBEDDING || dir == UCharacterDirection.RIGHT_TO_LEFT_OVERRIDE
                || dir == UCharacterDirection.RIGHT_TO_LEFT_ISOLATE;
    }

    /** A number just before a left-to-right word ("10 mg", "3D") belongs to it. */
    private static int numberBefore(String text, int letter) {
        int k = letter;
        if (k > 0 && text.charAt(k - 1) == ' ') k--;
        int start = letter;
        while (k > 0) {
            int c = text.codePointBefore(k);
            int dir = UCharacter.getDirection(c);
            if (dir == UCharacterDirection.EUROPEAN_NUMBER) start = k - Character.charCount(c);
            else if (dir != UCharacterDirection.COMMON_NUMBER_SEPARATOR && dir != UCharacterDirection.EUROPEAN_NUMBER_SEPARATOR
                    && dir != UCharacterDirection.EUROPEAN_NUMBER_TERMINATOR) break;
            k -= Character.charCount(c);
        }
        return start;
    }

    /** Extends a run over the closing brackets of brackets it opened, up to {@code limit}. */
    private static int closeBrackets(String text, int start, int end, int limit) {
        List<Integer> open = new ArrayList<>();
        for (int k = start; k < end; ) {
            int c = text.codePointAt(k);
            int type = UCharacter.getIntPropertyValue(c, UProperty.BIDI_PAIRED_BRACKET_TYPE);
            if (type == UCharacter.BidiPairedBracketType.OPEN) open.add(UCharacter.getBidiPairedBracket(c));
            else if (type == UCharacter.BidiPairedBracketType.CLOSE && !open.isEmpty() && open.get(open.size() - 1) == c) {
                open.remove(open.size() - 1);
            }
            k += Character.charCount(c);
        }
        int k = end;
        while (!open.isEmpty() && k < limit) {
            int c = text.codePointAt(k);
            k += Character.charCount(c);
            if (c == open.get(open.size() - 1)) {
                open.remove(open.size() - 1);
                end = k;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        return end;
    }
}
