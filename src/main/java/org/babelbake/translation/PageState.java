package org.babelbake.translation;

/** How far one content file of a locale is translated. */
public enum PageState {
    /** Translated from the current source. */
    TRANSLATED,
    /** Translated from an older source (hash differs): still published, with a notice. */
    OUTDATED,
    /** No translation: readers see the source. */
    MISSING;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
