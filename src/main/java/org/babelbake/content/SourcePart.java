package org.babelbake.content;

import java.util.Objects;

/**
 * One piece of a content file that a translator translates: a header field ({@code title},
 * {@code description}, {@code ref.3.title}) or a Markdown block of the body. Its fingerprint tells
 * which part changed between two versions of the same file.
 *
 * @param id   {@code title}, {@code description}, {@code ref.N.title}, or {@code block.N} (1-based)
 * @param text the translatable text, link addresses left out
 */
public record SourcePart(String id, String text) {
    public SourcePart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** The first {@link SourceVersion#LENGTH} hex digits of the SHA-256 of the text. */
    public String fingerprint() {
        return SourceHash.of(text);
    }

    /** A name for translators: "title", "description", "reference 3 title", "paragraph 2". */
    public String label() {
        if (id.startsWith("block.")) return "paragraph " + id.substring("block.".length());
        if (id.startsWith("ref.")) return "reference " + id.split("\\.")[1] + " title";
        return id;
    }
}
