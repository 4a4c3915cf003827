package org.babelbake.search;

import java.util.List;
import java.util.Objects;

/** A page of one locale with the sections search results can lead to. */
public record IndexedPage(String path, String title, List<IndexedSection> sections) {
    public IndexedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }
}
