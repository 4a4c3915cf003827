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
    public String anchor() {
        return "term-" + id;
    }
}
