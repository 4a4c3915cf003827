package org.babelbake.content;

import org.babelbake.html.HtmlFragment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A page of the site that is not a medical article ({@code type=page}): About, Contact, Donate.
 * It needs no review; one that gives {@code updated=} or {@code reviewer=} shows them.
 *
 * @param id       the file or folder name, e.g. {@code about}; also its place in {@code site.menu}
 * @param kind     {@code about}, {@code contact} (schema.org AboutPage, ContactPage) or empty for a plain WebPage
 * @param html     the Markdown body as HTML
 * @param file     the content file the text comes from, relative to the site root
 */
public record PlainPage(String id, String title, Optional<String> description, Optional<String> kind,
                        Optional<LocalDate> updated, Optional<String> reviewer, HtmlFragment html, String file) {
    public PlainPage {
        if (title.isBlank()) throw new IllegalArgumentException(file + ": a page needs a title");
    }

    public PlainPage withHtml(HtmlFragment changed) {
        return new PlainPage(id, title, description, kind, updated, reviewer, changed, file);
    }
}
