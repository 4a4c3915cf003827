package org.babelbake.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine with one flexmark parser and renderer for all files. JBake builds
 * both anew for every file, which was most of the Markdown time on a 2,100-page site; the
 * options are the same ones, from {@code markdown.extensions}. flexmark's parser and renderer
 * are immutable and safe to share between threads.
 */
final class SharedParserMarkdownEngine extends MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;

    SharedParserMarkdownEngine(JBakeConfiguration config) {
        int extensions = PegdownExtensions.NONE;
        for (String name : config.getMarkdownExtensions()) {
            if (name.startsWith("-")) extensions &= ~extension(name.substring(1));
            else extensions |= extension(name.startsWith("+") ? name.substring(1) : name);
        }
        // flexmark's pegdown profile turns javascript: links into bare text without a word; they go to the
        // sanitizer instead, which refuses them at their line (nothing is dropped silently).
        DataHolder options = new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(extensions))
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)").toImmutable();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(renderer.render(parser.parse(context.getBody())));
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
