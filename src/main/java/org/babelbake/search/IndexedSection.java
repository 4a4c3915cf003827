package org.babelbake.search;

import java.util.Objects;

/**
 * A part of a page that a search result leads to.
 *
 * @param page     the page's path inside its locale's folder, e.g. {@code imnm/index.html}
 * @param fragment the id to jump to, or empty for the top of the page
 * @param title    the section's heading (or the page's title)
 * @param text     the section's visible text
 * @param language the BCP 47 tag of the text (a fallback section is in the source language)
 */
public record IndexedSection(String page, String fragment, String title, String text, String language) {
    public IndexedSection {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
