package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans HTML rendered from Markdown with an explicit allow-list (jsoup's {@link Safelist}):
 * text formatting, lists, tables, links (web, {@code mailto:}, {@code tel:}, {@code sms:}) and
 * images stay; scripts, forms, frames, event handlers, styles and {@code javascript:} URLs go.
 * {@link #removals} says what cleaning would drop, so that nothing is dropped without a word.
 */
public final class HtmlSanitizer {
    /** A base that lets relative links pass the protocol check and stay relative; a tree given to {@link #clean(Document)} has it. */
    public static final String BASE = "https://babelbake.invalid/page/";
    /** The cells the Markdown engine writes for an aligned column, e.g. {@code <th align="center">}. */
    private static final Pattern TABLE_ALIGN = Pattern.compile("<(th|td) align=\"(left|center|right)\">");
    private final Safelist safelist;

    public HtmlSanitizer() {
        safelist = Safelist.relaxed()
                .addTags("abbr", "dfn", "figure", "figcaption", "hr", "mark", "s", "section", "aside")
                .addAttributes(":all", "id", "lang", "dir", "title")
                .addAttributes("abbr", "title")
                .addAttributes("a", "hreflang", "rel")
                .addAttributes("ol", "reversed")
                .addAttributes("code", "class") // the Markdown engine's language-xyz of a fenced block
                .addAttributes("th", "class")
                .addAttributes("td", "class")
                .addProtocols("a", "href", "#", "http", "https", "mailto", "tel", "sms")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    /**
     * A Markdown table's column alignment as a class the stylesheet aligns ({@code align-center}),
     * instead of HTML's obsolete {@code align} attribute, which cleaning would remove.
     */
    public static String alignmentAsClass(String html) {
        if (!html.contains(" align=\"")) return html; // no aligned column: the scan is spared
        return TABLE_ALIGN.matcher(html).replaceAll(cell -> "<" + cell.group(1) + " class=\"" + alignmentClass(cell.group(2)) + "\">");
    }

    /** The class that aligns a table cell's text, for HTML's {@code align} value ({@code left}, {@code center}, {@code right}). */
    public static String alignmentClass(String align) {
        return "align-" + align;
    }

    /** HTML cleaned, and what cleaning removed from it, in document order (empty when nothing). */
    public record Cleaned(HtmlFragment html, List<RemovedMarkup> removed) {
    }

    /**
     * Cleans from one parse of the HTML: the check of what is removed and the cleaning share it.
     * Clean HTML comes back as its parsed tree, for the next steps to change without a parse.
     */
    public Cleaned clean(String html) {
        return clean(parse(html));
    }

    /** As {@link #clean(String)}, from a tree made as its parse would be (a body fragment with {@link #BASE}); the tree is taken. */
    public Cleaned clean(Document dirty) {
        // When the cleaner would keep every element and attribute (the safelist enforces none),
        // its copy would print the same: the usual case, spared the copy.
        if (keepsAll(dirty)) return new Cleaned(HtmlFragment.parsed(dirty.body()), List.of());
        // The copy may hold text split where an element was removed; written out and read again, it is
        // one text again, as the glossary's term search needs. A rare case: each removal is reported.
        Document cleaned = new Cleaner(safelist).clean(dirty);
        cleaned.outputSettings().prettyPrint(false);
        return new Cleaned(new HtmlFragment(cleaned.body().html()), RemovedMarkup.find(dirty.body(), safelist));
    }

    /** Parsed as cleaning reads it: relative links resolve against a base, so they pass the protocol check. */
    static Document parse(String html) {
        return Jsoup.parseBodyFragment(html, BASE);
    }

    /**
     * What jsoup's {@link Cleaner#isValid} answers, from the same tests of the safelist in the same
     * order, without the copy of the whole body that it makes to count what it would drop: nothing
     * in the head, and under the body only allowed elements with allowed attributes, text, and data
     * inside an allowed element. Stops at the first thing cleaning would drop.
     */
    boolean keepsAll(Document dirty) {
        if (!dirty.head().childNodes().isEmpty()) return false;
        Element root = dirty.body();
        return root.nodeStream().allMatch(node -> keeps(node, root));
    }

    private boolean keeps(Node node, Element root) {
        if (node instanceof Element element) {
            if (!safelist.isSafeTag(element.normalName())) return element == root; // the body itself is not copied
            for (Attribute attribute : element.attributes()) {
                if (!safelist.isSafeAttribute(element.tagName(), element, attribute)) return false;
            }
            return true;
        }
        if (node instanceof TextNode) return true;
        if (node instanceof DataNode) return safelist.isSafeTag(node.parent().normalName());
        return false; // comments, declarations: cleaning drops them
    }

    /** The safelist, for tests that hold {@link #keepsAll} to jsoup's own answer. */
    Safelist safelist() {
        return safelist;
    }
}
