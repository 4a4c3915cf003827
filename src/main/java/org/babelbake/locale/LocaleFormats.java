package org.babelbake.locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything language-specific about writing values in one locale: dates, numbers, lists,
 * file sizes and plural categories, all by ICU4J and CLDR. Thread-safe: ICU formatters are
 * created per call (they are not thread-safe), except for dates, which a site repeats on every
 * page: each is formatted once per locale and pattern (making the formatter costs more than a
 * page's template).
 */
public final class LocaleFormats {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private final SiteLocale locale;

    public LocaleFormats(SiteLocale locale) {
        this.locale = locale;
    }

    /** A calendar date formatted from an ICU skeleton such as {@code yMMMM} or {@code yMMMd}. */
    public String date(LocalDate date, String skeleton) {
        return DATES.computeIfAbsent(new DateKey(locale.ulocale(), skeleton, date), key -> format(date, skeleton));
    }

    private record DateKey(ULocale locale, String skeleton, LocalDate date) {
    }

    /** Few distinct dates per site (review, update and build days), so the cache stays small. */
    private static final Map<DateKey, String> DATES = new ConcurrentHashMap<>();

    private String format(LocalDate date, String skeleton) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale.ulocale());
        format.setTimeZone(UTC);
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** Month and year, e.g. "February 2023" or "febrero de 2023". */
    public String monthYear(LocalDate date) {
        return date(date, "yMMMM");
    }

    /** A full date without weekday, e.g. "24 November 2026". */
    public String longDate(LocalDate date) {
        return date(date, "yMMMMd");
    }

    public String number(Number value) {
        return NumberFormat.getInstance(locale.ulocale()).format(value);
    }

    /** Items joined the way the language writes lists: "a, b and c", "a، b و c". */
    public String list(Collection<?> items) {
        return ListFormatter.getInstance(locale.ulocale()).format(items);
    }

    /** A file size in the locale's units, e.g. "1.2 MB", "1,2 Mo". */
    public String bytes(long bytes) {
        NumberFormat number = NumberFormat.getInstance(locale.ulocale());
        number.setMaximumFractionDigits(1);
        MeasureFormat format = MeasureFormat.getInstance(locale.ulocale(), MeasureFormat.FormatWidth.SHORT, number);
        if (bytes >= 1_000_000) return format.format(new Measure(bytes / 1_000_000.0, MeasureUnit.MEGABYTE));
        if (bytes >= 1_000) return format.format(new Measure(bytes / 1_000.0, MeasureUnit.KILOBYTE));
        return format.format(new Measure(bytes, MeasureUnit.BYTE));
    }

    /** The CLDR plural categories this locale distinguishes, e.g. one, few, many, other for ru. */
    public Set<String> pluralCategories() {
        return PluralRules.forLocale(locale.ulocale()).getKeywords();
    }

    /** The categories in CLDR's order: zero, one, two, few, many, other. */
    public List<String> pluralCategoriesInOrder() {
        return inCldrOrder(pluralCategories());
    }

    public static List<String> inCldrOrder(Set<String> categories) {
        return List.of("zero", "one", "two", "few", "many", "other").stream().filter(categories::contains).toList();
    }
}
