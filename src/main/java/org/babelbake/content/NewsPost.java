package org.babelbake.content;

import org.babelbake.html.HtmlFragment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A dated news post ({@code type=post}), shown on its own page, in the news list and in the feed.
 *
 * @param id   the file or folder name inside {@code news/}, e.g. {@code 2026-11-site-opens}
 * @param date the {@code date=} header of the source file: the same in every language
 * @param tags the {@code tags=} header, split at commas
 * @param file the content file the text comes from, relative to the site root
 */
public record NewsPost(String id, String title, Optional<String> description, LocalDate date, List<String> tags,
                       HtmlFragment html, String file) {
    public NewsPost {
        tags = List.copyOf(tags);
        if (title.isBlank()) throw new IllegalArgumentException(file + ": a post needs a title");
    }

    public NewsPost withHtml(HtmlFragment changed) {
        return new NewsPost(id, title, description, date, tags, changed, file);
    }
}
