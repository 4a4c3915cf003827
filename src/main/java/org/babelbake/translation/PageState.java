package org.babelbake.translation;

import java.util.Locale;

/** How far one content file of a locale is translated. */
public enum PageState {
    /** Translated from the current source. */
    TRANSLATED("translated"),
    /** Translated from an older source (the stamp differs): still published, with a notice. */
    OUTDATED("outdated"),
    /** Translated but without a {@code translation.source} stamp yet: published as a translation, no notice. */
    UNSTAMPED("not yet stamped"),
    /** No translation: readers see the source. */
    MISSING("missing");

    private final String label;

    PageState(String label) {
        this.label = label;
    }

    /** The value in {@code translation-status.json}: translated, outdated, unstamped or missing. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What translators read in the terminal and the HTML report. */
    public String label() {
        return label;
    }
}
