package org.babelbake.content;

import org.babelbake.html.HtmlFragment;

/** Turns the Markdown body of a content file into clean HTML; implemented on JBake's Markdown engine. */
public interface MarkdownBodies {
    HtmlFragment toHtml(ContentFile file);
}
