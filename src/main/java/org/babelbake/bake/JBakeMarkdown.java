package org.babelbake.bake;

import org.babelbake.content.ContentFile;
import org.babelbake.content.MarkdownBodies;
import org.babelbake.html.HtmlFragment;
import org.babelbake.html.HtmlSanitizer;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown bodies rendered by JBake's own parser and Markdown engine (flexmark, with the
 * {@code markdown.extensions} of {@code jbake.properties}), then cleaned. Each file is rendered
 * once, however many locales fall back to it.
 */
public final class JBakeMarkdown implements MarkdownBodies {
    private final JBakeConfiguration config;
    private final HtmlSanitizer sanitizer;
    private final Map<Path, HtmlFragment> rendered = new ConcurrentHashMap<>();

    public JBakeMarkdown(JBakeConfiguration config, HtmlSanitizer sanitizer) {
        this.config = config;
        this.sanitizer = sanitizer;
    }

    @Override
    public HtmlFragment toHtml(ContentFile file) {
        return rendered.computeIfAbsent(file.path(), p -> render(file));
    }

    private HtmlFragment render(ContentFile file) {
        // A Parser per call: JBake's engines keep per-parse state, and files render on several threads.
        DocumentModel document = new Parser(config).processFile(file.path().toFile());
        if (document == null) {
            throw new IllegalStateException(file.name() + ": JBake could not parse this file although its header was checked");
        }
        return sanitizer.clean(document.getBody());
    }
}
