package org.babelbake.content;

import org.babelbake.html.HtmlFragment;

import java.util.List;

/**
 * One section of an article.
 *
 * @param id       stable anchor, the same in every locale: the file name without its order prefix
 * @param title    the heading
 * @param html     the body, rendered from Markdown
 * @param file     the content file it comes from, relative to the site root
 * @param termUses ids of the glossary terms whose first linked use in the article is in this
 *                 section (it carries {@link GlossaryTerm#useAnchor()}); empty until linked
 */
public record Section(String id, String title, HtmlFragment html, String file, List<String> termUses) {
    public Section {
        termUses = List.copyOf(termUses);
    }

    /** A section as rendered from Markdown, before glossary terms are linked. */
    public Section(String id, String title, HtmlFragment html, String file) {
        this(id, title, html, file, List.of());
    }
}
