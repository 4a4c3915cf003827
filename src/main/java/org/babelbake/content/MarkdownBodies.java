package org.babelbake.content;

import org.babelbake.html.HtmlFragment;
import org.babelbake.problem.Problems;

/** Turns the Markdown body of a content file into clean HTML; implemented on JBake's Markdown engine. */
public interface MarkdownBodies {
    /**
     * @param links    the addresses that {@code [text][name]} links in the body may name
     * @param problems gets what cleaning removed, at the Markdown line that wrote it
     */
    HtmlFragment toHtml(ContentFile file, LinkTargets links, Problems problems);

    /** No text at all: for outlines of articles, which need titles and provenance only. */
    MarkdownBodies NONE = (file, links, problems) -> new HtmlFragment("");
}
