package org.babelbake.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of content file, named by their {@code type=} header. */
public enum ContentType {
    /** The article's own data: title, description, last update, reviewer ({@code index.md}). */
    ARTICLE("article"),
    /** One section of the article, in file name order. */
    SECTION("section"),
    /** The references section: its title, and the references as {@code ref.N.*} headers. */
    REFERENCES("references"),
    /** One glossary term: its title is the term, its body the definition. */
    TERM("term"),
    /** A page outside the articles (About, Contact, Donate): {@code <name>.md} or {@code <name>/index.md}; no review dates needed. */
    PAGE("page"),
    /** A dated news post: {@code news/<name>.md} or {@code news/<name>/index.md}, with {@code date=YYYY-MM-DD}. */
    POST("post");

    private final String header;

    ContentType(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static Optional<ContentType> of(String header) {
        return Arrays.stream(values()).filter(t -> t.header.equals(header)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ContentType::header).toList());
    }
}
