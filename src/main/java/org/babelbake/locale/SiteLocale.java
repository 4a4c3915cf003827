package org.babelbake.locale;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language of the site: its BCP 47 tag, its name in its own language, and its writing
 * direction, all from ICU.
 */
public record SiteLocale(String tag, ULocale ulocale, String endonym, boolean rightToLeft) {
    /** Names of languages in languages, by the two tags: as many as the site's languages squared. */
    private static final Map<List<String>, String> NAMES = new ConcurrentHashMap<>();

    public SiteLocale {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(ulocale, "ulocale");
        Objects.requireNonNull(endonym, "endonym");
    }

    /** The locale for a well-formed, canonical BCP 47 tag, or empty with the reason in {@code why}. */
    public static Optional<SiteLocale> of(String tag) {
        return problemWith(tag) == null ? Optional.of(create(tag)) : Optional.empty();
    }

    /** Why {@code tag} is not usable as a locale folder or file name, or null when it is. */
    public static String problemWith(String tag) {
        String example = "write a BCP 47 language tag such as en, es, zh-Hans or pt-BR";
        if (tag == null || tag.isBlank()) return "no language tag given; " + example;
        ULocale parsed;
        try {
            parsed = new ULocale.Builder().setLanguageTag(tag).build();
        } catch (com.ibm.icu.util.IllformedLocaleException e) {
            return "\"" + tag + "\" is not a well-formed language tag; " + example;
        }
        if (parsed.getLanguage().isEmpty()) return "\"" + tag + "\" has no language; " + example;
        String canonical = parsed.toLanguageTag();
        if (!canonical.equals(tag)) {
            return "\"" + tag + "\" is not written in canonical form; write \"" + canonical + "\"";
        }
        if (!knownLanguage(parsed)) {
            return "\"" + tag + "\": ICU knows no language \"" + parsed.getLanguage() + "\"; " + example;
        }
        return null;
    }

    public static SiteLocale create(String tag) {
        String problem = problemWith(tag);
        if (problem != null) throw new IllegalArgumentException(problem);
        ULocale locale = ULocale.forLanguageTag(tag);
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(locale,
                DisplayContext.DIALECT_NAMES, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU);
        return new SiteLocale(tag, locale, names.localeDisplayName(locale), locale.isRightToLeft());
    }

    /** The value of the HTML {@code dir} attribute. */
    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /**
     * The locale's name in another language, e.g. "Spanish" in English pages. Kept once made: pages
     * and book chapters ask for the same few names thousands of times, and ICU sets up its display
     * names anew for each reader's language.
     */
    public String nameIn(SiteLocale reader) {
        return NAMES.computeIfAbsent(List.of(tag, reader.tag), key -> LocaleDisplayNames.getInstance(reader.ulocale,
                DisplayContext.DIALECT_NAMES, DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE).localeDisplayName(ulocale));
    }

    private static boolean knownLanguage(ULocale locale) {
        String lang = locale.getLanguage();
        String name = ULocale.getDisplayLanguage(lang, ULocale.ENGLISH);
        return !name.equals(lang);
    }
}
