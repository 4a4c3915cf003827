package org.babelbake.search;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the sections of a written page for the index: the text blocks of its {@code main},
 * grouped under what a result can jump to (an article's {@code section[id]}, a glossary's
 * {@code dt[id]}, else the last heading with an id), without navigation, asides (the key-words
 * box repeats the glossary), footers and notices.
 */
public final class PageSections {
    // Parsed once: a selector given as a string is parsed again at every use.
    private static final Evaluator BLOCKS = QueryParser.parse("p, li, dt, dd, h1, h2, h3, h4, h5, h6, td, th, blockquote, figcaption, pre");
    private static final Evaluator LEFT_OUT = QueryParser.parse("nav, aside, footer, .notice, .external-note, .search, script, template");
    private static final Evaluator SECTION = QueryParser.parse("section[id]");
    private static final Evaluator HEADING = QueryParser.parse("h2, h3");
    private static final Evaluator LANG = QueryParser.parse("[lang]");

    private PageSections() {
    }

    /** @param path the page's path inside its locale's folder, e.g. {@code imnm/glossary.html} */
    public static IndexedPage read(Document page, String path) {
        Element main = page.selectFirst("main");
        String pageLanguage = page.selectFirst("html").attr("lang");
        Element h1 = main == null ? null : main.selectFirst("h1");
        String pageTitle = h1 != null ? h1.text() : page.title();
        if (main == null) return new IndexedPage(path, pageTitle, List.of());
        Map<String, IndexedSection> parts = new LinkedHashMap<>();
        String heading = "";
        String headingTitle = pageTitle;
        for (Element block : main.select(BLOCKS)) {
            if (left(block, main) || holdsBlock(block)) continue;
            if (block.nameIs("h2") || block.nameIs("h3") || block.nameIs("h4")) {
                if (block.id().length() > 0) {
                    heading = block.id();
                    headingTitle = block.text();
                }
            }
            String fragment = heading;
            String title = headingTitle;
            Element section = block.closest(SECTION);
            Element term = block.nameIs("dt") ? block : block.nameIs("dd") ? previousTerm(block) : null;
            if (term != null && term.id().length() > 0) {
                fragment = term.id();
                title = term.text();
            } else if (section != null) {
                fragment = section.id();
                Element h = section.selectFirst(HEADING);
                title = h != null ? h.text() : pageTitle;
            }
            String text = textWithoutLeftOut(block);
            if (text.isEmpty()) continue;
            Element lang = block.closest(LANG);
            String language = lang == null ? pageLanguage : lang.attr("lang");
            String key = fragment + "\u0000" + language;
            IndexedSection before = parts.get(key);
            parts.put(key, new IndexedSection(path, fragment, title,
                    before == null ? text : before.text() + " " + text, language));
        }
        return new IndexedPage(path, pageTitle, new ArrayList<>(parts.values()));
    }

    /** Whether a text block holds another (a list in a list item): then the inner ones are read instead. */
    private static boolean holdsBlock(Element block) {
        for (Element child : block.children()) {
            if (child.is(BLOCKS) || holdsBlock(child)) return true;
        }
        return false;
    }

    /** The block's text without what the index leaves out; copied only when it holds such a part. */
    private static String textWithoutLeftOut(Element block) {
        if (block.selectFirst(LEFT_OUT) == null) return block.text();
        Element clean = block.clone();
        clean.select(LEFT_OUT).remove();
        return clean.text();
    }

    private static boolean left(Element block, Element main) {
        for (Element e = block; e != null && e != main; e = e.parent()) {
            if (e.is(LEFT_OUT)) return true;
        }
        return false;
    }

    private static Element previousTerm(Element dd) {
        for (Element e = dd.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            if (e.nameIs("dt")) return e;
        }
        return null;
    }
}
