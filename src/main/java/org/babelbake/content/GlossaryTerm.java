package org.babelbake.content;

import org.babelbake.html.HtmlFragment;

import java.util.OptionalInt;

/**
 * One glossary entry.
 *
 * @param id             stable anchor part, the file name; the same in every locale
 * @param term           the word as the locale writes it
 * @param definitionHtml the definition, rendered from Markdown, without a wrapping paragraph
 * @param keyword        position among the article's "key words", if it is one
 * @param file           the content file, relative to the site root
 * @param titleLine      the line of its {@code title=} header, for messages
 */
public record GlossaryTerm(String id, String term, HtmlFragment definitionHtml, OptionalInt keyword, String file,
                           int titleLine) {
    /** The term's id on the glossary page. */
    public String anchor() {
        return "term-" + id;
    }

    /** The id of the term's first linked use on the article page, where the glossary leads back to. */
    public String useAnchor() {
        return "use-" + id;
    }
}
