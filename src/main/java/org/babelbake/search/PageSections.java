package org.babelbake.search;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the sections of a written page for the index: the text blocks of its {@code main} (a
 * block holding blocks, such as a list item with a list, gives the words outside them), grouped
 * under what a result can jump to (an article's {@code section[id]}, a glossary's {@code dt[id]},
 * else the last heading with an id), without navigation, asides (the key-words box repeats the
 * glossary), footers and notices.
 */
public final class PageSections {
    private static final Set<String> BLOCKS = Set.of("p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "th", "blockquote", "figcaption", "pre");
    private static final List<String> LEFT_OUT_TAGS = List.of("nav", "aside", "footer", "script", "template");
    private static final List<String> LEFT_OUT_CLASSES = List.of("notice", "external-note", "search");
    // Parsed once: a selector given as a string is parsed again at every use.
    private static final Evaluator BLOCK_OR_LEFT_OUT = QueryParser.parse(Stream.of(BLOCKS.stream().sorted(),
            LEFT_OUT_TAGS.stream(), LEFT_OUT_CLASSES.stream().map(c -> "." + c)).flatMap(s -> s).collect(Collectors.joining(", ")));
    private static final Evaluator HEADING = QueryParser.parse("h2, h3");
    private static final Evaluator MAIN = QueryParser.parse("main");
    private static final Evaluator TITLE = QueryParser.parse("h1");
    private static final Evaluator SECTION = QueryParser.parse("section[id]");
    private static final Evaluator LANG = QueryParser.parse("[lang]");

    private PageSections() {
    }

    /** @param path the page's path inside its locale's folder, e.g. {@code imnm/glossary.html} */
    public static IndexedPage read(Document page, String path) {
        Element main = page.selectFirst(MAIN);
        Element h1 = main == null ? null : main.selectFirst(TITLE);
        String pageTitle = h1 != null ? h1.text() : page.title();
        if (main == null) return new IndexedPage(path, pageTitle, List.of());
        Walk walk = new Walk(main, path, pageTitle);
        NodeTraversor.traverse(walk, main);
        return new IndexedPage(path, pageTitle, walk.sections());
    }

    /**
     * One walk through {@code main}: what a block needs to know about its ancestors (left out,
     * section, language) is kept on stacks, and whether it holds a block is known at its end.
     */
    private static final class Walk implements NodeVisitor {
        private final Element main;
        private final String path;
        private final String pageTitle;
        private final ArrayDeque<Block> blocks = new ArrayDeque<>();
        private final ArrayDeque<Element> leftOut = new ArrayDeque<>();
        private final ArrayDeque<Section> sections = new ArrayDeque<>();
        private final ArrayDeque<String> languages = new ArrayDeque<>();
        private final List<Piece> pieces = new ArrayList<>();
        private int started;
        private String heading = "";
        private String headingTitle;

        Walk(Element main, String path, String pageTitle) {
            this.main = main;
            this.path = path;
            this.pageTitle = pageTitle;
            this.headingTitle = pageTitle;
            Element above = main.parent();
            if (above == null) return;
            Element section = above.closest(SECTION);
            if (section != null) sections.push(new Section(section));
            Element language = above.closest(LANG);
            if (language != null) languages.push(language.attr("lang"));
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            boolean block = BLOCKS.contains(e.normalName());
            if (block) blocks.forEach(open -> open.holdsBlock = true);
            if (e != main && isLeftOut(e)) {
                leftOut.push(e);
                blocks.forEach(open -> open.holdsLeftOut = true);
            }
            if (e.nameIs("section") && e.hasAttr("id")) sections.push(new Section(e));
            if (e.hasAttr("lang")) languages.push(e.attr("lang"));
            if (block && leftOut.isEmpty()) blocks.push(new Block(e, started++, heading, headingTitle));
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            if (!blocks.isEmpty() && blocks.peek().element == e) add(blocks.pop());
            if (e.hasAttr("lang")) languages.pop();
            if (!sections.isEmpty() && sections.peek().element == e) sections.pop();
            if (!leftOut.isEmpty() && leftOut.peek() == e) leftOut.pop();
        }

        private void add(Block block) {
            Element element = block.element;
            // A block holding blocks gives only its own text; its whole text is then needed only as a heading's title.
            String fullText = block.holdsBlock || block.holdsLeftOut ? null : element.text();
            String fragment = block.heading;
            String title = block.headingTitle;
            if ((element.nameIs("h2") || element.nameIs("h3") || element.nameIs("h4")) && element.id().length() > 0) {
                fragment = heading = element.id();
                title = headingTitle = fullText != null ? fullText : element.text();
            }
            Element term = element.nameIs("dt") ? element : element.nameIs("dd") ? previousTerm(element) : null;
            if (term != null && term.id().length() > 0) {
                fragment = term.id();
                title = term.text();
            } else if (!sections.isEmpty()) {
                fragment = sections.peek().element.id();
                title = sections.peek().title(pageTitle);
            }
            String text = fullText != null ? fullText : ownText(element);
            if (text.isEmpty()) return;
            String language = languages.isEmpty() ? "" : languages.peek();
            pieces.add(new Piece(block.start, fragment, title, language, text));
        }

        /** The pieces in the order their blocks start (a list item's own text before its inner list), by fragment and language. */
        List<IndexedSection> sections() {
            pieces.sort(Comparator.comparingInt(Piece::start));
            Map<String, Part> parts = new LinkedHashMap<>();
            for (Piece piece : pieces) {
                parts.computeIfAbsent(piece.fragment + "\u0000" + piece.language, key -> new Part()).add(piece);
            }
            List<IndexedSection> read = new ArrayList<>();
            parts.values().forEach(part -> read.add(new IndexedSection(path, part.fragment, part.title, part.text.toString(), part.language)));
            return read;
        }
    }

    /** The text one block gives a fragment in a language; {@code start} orders blocks as they begin in the page. */
    private record Piece(int start, String fragment, String title, String language, String text) {
    }

    /** A text block being walked through. */
    private static final class Block {
        final Element element;
        final int start;
        final String heading; // the heading and title it falls under, as they were where it began
        final String headingTitle;
        boolean holdsBlock; // a list in a list item: the inner blocks give their own pieces
        boolean holdsLeftOut;

        Block(Element element, int start, String heading, String headingTitle) {
            this.element = element;
            this.start = start;
            this.heading = heading;
            this.headingTitle = headingTitle;
        }
    }

    /** A {@code section[id]} around the blocks being read; its heading is looked up once. */
    private static final class Section {
        final Element element;
        private String title;

        Section(Element element) {
            this.element = element;
        }

        String title(String pageTitle) {
            if (title == null) {
                Element h = element.selectFirst(HEADING);
                title = h != null ? h.text() : pageTitle;
            }
            return title;
        }
    }

    /** The text of one fragment in one language, block after block; the title is the last block's. */
    private static final class Part {
        private final StringBuilder text = new StringBuilder();
        private String fragment;
        private String title;
        private String language;

        void add(Piece piece) {
            fragment = piece.fragment();
            title = piece.title();
            language = piece.language();
            if (!text.isEmpty()) text.append(' ');
            text.append(piece.text());
        }
    }

    private static boolean isLeftOut(Element e) {
        if (LEFT_OUT_TAGS.contains(e.normalName())) return true;
        for (String c : LEFT_OUT_CLASSES) {
            if (e.hasClass(c)) return true;
        }
        return false;
    }

    /** The block's text without the blocks it holds (they give their own) and what the index leaves out. */
    private static String ownText(Element block) {
        Element own = block.clone();
        for (Element inner : own.select(BLOCK_OR_LEFT_OUT)) {
            if (inner != own) inner.remove();
        }
        return own.text();
    }

    private static Element previousTerm(Element dd) {
        for (Element e = dd.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            if (e.nameIs("dt")) return e;
        }
        return null;
    }
}
