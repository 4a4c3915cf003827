package org.babelbake.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine with one flexmark parser and renderer for all files. JBake builds
 * both anew for every file, which was most of the Markdown time on a 2,100-page site; the
 * options are the same ones, from {@code markdown.extensions}, and the HTML is the same
 * ({@link PrefilteredAutolinks} only spares flexmark's link search in text without a link,
 * {@link PrefilteredEscapes} its search for escapes in text without a backslash,
 * {@link PrefilteredTables} its search for tables in paragraphs without a pipe,
 * {@link PlainTextRenderer} its escaping of text with nothing to escape, {@link DeferredTexts}
 * its writing of that text a character at a time).
 * flexmark's parser and renderer are immutable and safe to share between threads.
 */
final class SharedParserMarkdownEngine extends MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Writes documents straight into jsoup nodes when the options allow; null when they do not. */
    private final MarkdownTree tree;

    SharedParserMarkdownEngine(JBakeConfiguration config) {
        this(flags(config));
    }

    /** @param extensions pegdown extension flags ({@link PegdownExtensions}) */
    SharedParserMarkdownEngine(int extensions) {
        DataHolder stock = stockOptions(extensions);
        DataHolder options = new MutableDataSet(stock)
                .set(Parser.EXTENSIONS, PrefilteredTables.inPlaceOfTables(PrefilteredEscapes.inPlaceOfEscapes(
                        PrefilteredAutolinks.inPlaceOfAutolinks(Parser.EXTENSIONS.get(stock))))).toImmutable();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).nodeRendererFactory(PlainTextRenderer.FACTORY).build();
        tree = MarkdownTree.forOptions(options);
    }

    /** flexmark's options for these pegdown flags, as JBake sets them but for the one option below. */
    static DataHolder stockOptions(int extensions) {
        // flexmark's pegdown profile turns javascript: links into bare text without a word; they go to the
        // sanitizer instead, which refuses them at their line (nothing is dropped silently).
        return new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(extensions))
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)").toImmutable();
    }

    private static int flags(JBakeConfiguration config) {
        int extensions = PegdownExtensions.NONE;
        for (String name : config.getMarkdownExtensions()) {
            if (name.startsWith("-")) extensions &= ~extension(name.substring(1));
            else extensions |= extension(name.startsWith("+") ? name.substring(1) : name);
        }
        return extensions;
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(toHtml(context.getBody()));
    }

    /** The Markdown's HTML, its plain text deferred where it may be ({@link DeferredTexts}). */
    String toHtml(String markdown) {
        return toHtml(parser.parse(markdown), markdown);
    }

    private String toHtml(Document document, String markdown) {
        if (DeferredTexts.allowedIn(markdown)) {
            DeferredTexts deferred = new DeferredTexts();
            document.set(DeferredTexts.KEY, deferred);
            String html = deferred.fill(renderer.render(document));
            if (html != null) return html;
            document.set(DeferredTexts.KEY, null);
        }
        return renderer.render(document);
    }

    /** A document's rendering: the tree jsoup would parse from its HTML, or (when only the HTML can say) that HTML. */
    record Output(org.jsoup.nodes.Document tree, String html) {
        Output {
            if ((tree == null) == (html == null)) throw new IllegalArgumentException("an output is a tree or HTML, one of them");
        }
    }

    /**
     * The Markdown parsed once and written as jsoup's tree ({@link MarkdownTree}), in a document
     * with {@code baseUri}, where that can be done; otherwise as flexmark's HTML.
     */
    Output render(String markdown, String baseUri) {
        Document document = parser.parse(markdown);
        org.jsoup.nodes.Document written = tree == null ? null : tree.of(document, baseUri);
        return written != null ? new Output(written, null) : new Output(null, toHtml(document, markdown));
    }

    /** The pegdown extension flag with this name, as JBake reads it; unknown names add nothing. */
    private static int extension(String name) {
        try {
            return PegdownExtensions.class.getField(name.strip()).getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return PegdownExtensions.NONE;
        }
    }
}
