package org.babelbake.bake;

import org.babelbake.content.BodyLines;
import org.babelbake.content.ContentFile;
import org.babelbake.content.LinkTargets;
import org.babelbake.content.MarkdownBodies;
import org.babelbake.html.HtmlFragment;
import org.babelbake.html.HtmlSanitizer;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.jbake.app.configuration.JBakeConfiguration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown bodies rendered by JBake's Markdown engine (flexmark, with the
 * {@code markdown.extensions} of {@code jbake.properties}), then cleaned.
 */
public final class JBakeMarkdown implements MarkdownBodies {
    private final SharedParserMarkdownEngine engine;
    private final HtmlSanitizer sanitizer;
    private final Map<Input, Rendered> rendered = new ConcurrentHashMap<>();
    private final boolean remember;

    /** All that a rendering depends on: the file, its text (by checksum) and the addresses its named links use. */
    private record Input(Path file, long checksum, Map<String, String> addresses) {
    }

    /** Clean HTML and what cleaning removed, kept together so that a remembered result reports again. */
    private record Rendered(HtmlFragment html, List<Problem> removed) {
    }

    /**
     * @param remember keep every result, for a preview that re-renders only what changed;
     *                 a build does not, so that its memory does not grow with the site
     */
    public JBakeMarkdown(JBakeConfiguration config, HtmlSanitizer sanitizer, boolean remember) {
        this.remember = remember;
        this.engine = new SharedParserMarkdownEngine(config);
        this.sanitizer = sanitizer;
    }

    @Override
    public HtmlFragment toHtml(ContentFile file, LinkTargets links, Problems problems) {
        // Nothing to render, nor to read again from disk: an index.md without an introduction is asked for in every locale.
        if (file.blankBody()) return new HtmlFragment("");
        Rendered result = remember
                ? rendered.computeIfAbsent(new Input(file.path(), file.checksum(), links.addresses()), i -> render(file, links))
                : render(file, links);
        result.removed().forEach(problems::add);
        return result.html();
    }

    private Rendered render(ContentFile file, LinkTargets links) {
        // The header was read and checked already (ContentFileReader); JBake's engine renders the body,
        // with the article's named addresses as link reference definitions, as a tree where it can.
        String body = file.body();
        SharedParserMarkdownEngine.Output output = engine.render(body + "\n" + links.definitions(), HtmlSanitizer.BASE);
        HtmlSanitizer.Cleaned cleaned = output.tree() != null ? sanitizer.clean(output.tree())
                : sanitizer.clean(HtmlSanitizer.alignmentAsClass(output.html()));
        List<Problem> removed = cleaned.removed().stream()
                .map(r -> new Problem(file.name(), BodyLines.lineOf(file, body, List.of(r.needle())), r.message()))
                .toList();
        // A remembered result is read again by every later build: it keeps the text, not a tree to change.
        return new Rendered(remember ? new HtmlFragment(cleaned.html().html()) : cleaned.html(), removed);
    }
}
