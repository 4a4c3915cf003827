package org.babelbake.bake;

import org.babelbake.content.ContentFile;
import org.babelbake.content.LinkTargets;
import org.babelbake.content.MarkdownBodies;
import org.babelbake.html.HtmlFragment;
import org.babelbake.html.HtmlSanitizer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.ParserContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown bodies rendered by JBake's Markdown engine (flexmark, with the
 * {@code markdown.extensions} of {@code jbake.properties}), then cleaned.
 */
public final class JBakeMarkdown implements MarkdownBodies {
    private final JBakeConfiguration config;
    private final SharedParserMarkdownEngine engine;
    private final HtmlSanitizer sanitizer;
    private final Map<Input, HtmlFragment> rendered = new ConcurrentHashMap<>();
    private final boolean remember;

    /** All that a rendering depends on: the file, its text (by hash) and the addresses its named links use. */
    private record Input(Path file, String sourceHash, Map<String, String> addresses) {
    }

    /**
     * @param remember keep every result, for a preview that re-renders only what changed;
     *                 a build does not, so that its memory does not grow with the site
     */
    public JBakeMarkdown(JBakeConfiguration config, HtmlSanitizer sanitizer, boolean remember) {
        this.remember = remember;
        this.config = config;
        this.engine = new SharedParserMarkdownEngine(config);
        this.sanitizer = sanitizer;
    }

    @Override
    public HtmlFragment toHtml(ContentFile file, LinkTargets links) {
        if (!remember) return render(file, links);
        return rendered.computeIfAbsent(new Input(file.path(), file.sourceHash(), links.addresses()), i -> render(file, links));
    }

    private HtmlFragment render(ContentFile file, LinkTargets links) {
        // The header was read and checked already (ContentFileReader); JBake's engine renders the body,
        // with the article's named addresses as link reference definitions.
        ParserContext context = new ParserContext(file.path().toFile(), List.of(), config, true);
        context.setBody(file.body() + "\n" + links.definitions());
        engine.processBody(context);
        return sanitizer.clean(context.getBody());
    }
}
