package org.babelbake.content;

import org.babelbake.html.HtmlFragment;

/**
 * One section of an article.
 *
 * @param id    stable anchor, the same in every locale: the file name without its order prefix
 * @param title the heading
 * @param html  the body, rendered from Markdown
 * @param file  the content file it comes from, relative to the site root
 */
public record Section(String id, String title, HtmlFragment html, String file) {
}
