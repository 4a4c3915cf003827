package org.babelbake.bake;

import org.babelbake.locale.FormattedValue;
import org.babelbake.locale.LocaleFormats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code fmt} object of templates: {@link LocaleFormats} for the page's locale, each value
 * kept as a {@link FormattedValue} so that {@code msg} can write it again in the language of a
 * fallback message.
 */
public final class TemplateFormats {
    private final LocaleFormats formats;

    TemplateFormats(LocaleFormats formats) {
        this.formats = formats;
    }

    public FormattedValue date(LocalDate date, String skeleton) {
        return value(f -> f.date(date, skeleton));
    }

    public FormattedValue monthYear(LocalDate date) {
        return value(f -> f.monthYear(date));
    }

    public FormattedValue longDate(LocalDate date) {
        return value(f -> f.longDate(date));
    }

    public FormattedValue number(Number number) {
        return value(f -> f.number(number));
    }

    public FormattedValue list(Collection<?> items) {
        List<?> copy = List.copyOf(items);
        return value(f -> f.list(copy));
    }

    public FormattedValue bytes(long bytes) {
        return value(f -> f.bytes(bytes));
    }

    private FormattedValue value(Function<LocaleFormats, String> format) {
        return new FormattedValue(format.apply(formats), format);
    }
}
