package org.babelbake.content;

import org.babelbake.html.HtmlFragment;

/** Turns the Markdown body of a content file into clean HTML; implemented on JBake's Markdown engine. */
public interface MarkdownBodies {
    /** @param links the addresses that {@code [text][name]} links in the body may name */
    HtmlFragment toHtml(ContentFile file, LinkTargets links);

    /** No text at all: for outlines of articles, which need titles and provenance only. */
    MarkdownBodies NONE = (file, links) -> new HtmlFragment("");
}
