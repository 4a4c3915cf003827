package org.babelbake.content;

import org.babelbake.locale.SiteLocale;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the text of one part of a page comes from, and how far to trust it.
 *
 * @param language          the language the text is in (the source locale for a fallback)
 * @param state             source, translated, outdated, unstamped or fallback
 * @param translationStatus draft, human or reviewed; empty for source text
 * @param translatedOn      the {@code translation.date} header, if given
 * @param translatedBy      the {@code translation.by} header, if given
 */
public record Provenance(SiteLocale language, State state, Optional<String> translationStatus,
                         Optional<LocalDate> translatedOn, Optional<String> translatedBy) {

    /** How a part of a locale's page relates to the source. */
    public enum State {
        /** Written in the source language, on a source-language page. */
        SOURCE,
        /** Translated from the current version of the source. */
        TRANSLATED,
        /** Translated from an older version of the source: still shown, with a notice. */
        OUTDATED,
        /** Translated, but not stamped with the source version yet: shown as a translation, no notice. */
        UNSTAMPED,
        /** Not translated: the source text is shown, marked with its own language. */
        FALLBACK
    }

    public static Provenance source(SiteLocale language, State state) {
        return new Provenance(language, state, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isFallback() {
        return state == State.FALLBACK;
    }

    public boolean isOutdated() {
        return state == State.OUTDATED;
    }

    public boolean isDraft() {
        return translationStatus.filter("draft"::equals).isPresent();
    }
}
