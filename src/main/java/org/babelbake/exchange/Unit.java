package org.babelbake.exchange;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece to translate, as it travels in a PO or XLIFF file: a UI string, a content file's
 * translatable header (title, description, reference title) or a Markdown block of its body.
 *
 * @param id             {@code nav.skip} for a UI string, {@code imnm/20-symptoms.md#block.3} for content
 * @param kind           what it is, for the translator: "UI string", "title", "paragraph", ...
 * @param note           the source's comment on it, if any
 * @param location       where the source text is: {@code content/en/imnm/20-symptoms.md:12}
 * @param source         the source text
 * @param target         the translation; empty when there is none
 * @param version        the version of the source it belongs to (12 hex digits)
 * @param translatedFrom the version the target was made from; empty when it was never stamped
 * @param status         the content file's {@code translation.status} (draft, human, reviewed)
 * @param previousSource the older source text an outdated UI string translates, when known
 */
record Unit(String id, String kind, Optional<String> note, String location, String source, String target,
            String version, Optional<String> translatedFrom, Optional<String> status, Optional<String> previousSource) {
    static final String CONTENT_SEPARATOR = ".md#";

    Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (!version.matches("[0-9a-f]{12}")) throw new IllegalArgumentException("version is 12 hex digits: " + version);
    }

    boolean isMessage() {
        return !id.contains(CONTENT_SEPARATOR);
    }

    /** For content: the file inside the locale folder, e.g. {@code imnm/20-symptoms.md}. */
    String contentPath() {
        return id.substring(0, id.indexOf(CONTENT_SEPARATOR) + 3);
    }

    /** For content: {@code title}, {@code description}, {@code ref.2.title} or {@code block.3}. */
    String field() {
        return id.substring(id.indexOf(CONTENT_SEPARATOR) + CONTENT_SEPARATOR.length());
    }

    /** Translated from another version of the source, or never stamped: PO's fuzzy. */
    boolean outdated() {
        return !target.isEmpty() && !translatedFrom.equals(Optional.of(version));
    }
}
