package org.babelbake.locale;

import java.util.Objects;
import java.util.function.Function;

/**
 * A value (date, number, list, size) formatted for the page's locale that can be formatted again
 * for another: a UI string that falls back to the source language formats its values in that
 * language too, so an English sentence never carries a Portuguese date.
 *
 * @param text   the value as the page's locale writes it
 * @param format how to write it in any locale
 */
public record FormattedValue(String text, Function<LocaleFormats, String> format) {
    public FormattedValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }

    /** The value as {@code language} writes it. */
    public String in(SiteLocale language) {
        return format.apply(new LocaleFormats(language));
    }

    @Override
    public String toString() {
        return text;
    }
}
