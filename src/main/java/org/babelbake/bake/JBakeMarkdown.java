package org.babelbake.bake;

import org.babelbake.content.ContentFile;
import org.babelbake.content.MarkdownBodies;
import org.babelbake.html.HtmlFragment;
import org.babelbake.html.HtmlSanitizer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown bodies rendered by JBake's Markdown engine (flexmark, with the
 * {@code markdown.extensions} of {@code jbake.properties}), then cleaned. Each file is rendered
 * once, however many locales fall back to it.
 */
public final class JBakeMarkdown implements MarkdownBodies {
    private final JBakeConfiguration config;
    private final SharedParserMarkdownEngine engine;
    private final HtmlSanitizer sanitizer;
    private final Map<Path, HtmlFragment> rendered = new ConcurrentHashMap<>();

    public JBakeMarkdown(JBakeConfiguration config, HtmlSanitizer sanitizer) {
        this.config = config;
        this.engine = new SharedParserMarkdownEngine(config);
        this.sanitizer = sanitizer;
    }

    @Override
    public HtmlFragment toHtml(ContentFile file) {
        return rendered.computeIfAbsent(file.path(), p -> render(file));
    }

    private HtmlFragment render(ContentFile file) {
        // JBake's own parse: header handling, body extraction, then our shared flexmark instance.
        DocumentModel document = engine.parse(config, file.path().toFile());
        if (document == null) {
            throw new IllegalStateException(file.name() + ": JBake could not parse this file although its header was checked");
        }
        return sanitizer.clean(document.getBody());
    }
}
