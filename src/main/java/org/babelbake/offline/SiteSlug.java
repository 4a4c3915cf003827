package org.babelbake.offline;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The site's short name in download names ({@code myositis-info-ar.zip}): lower-case ASCII
 * letters and digits in words joined by hyphens, so that every file system, mail client and
 * command line takes it as it is.
 */
public record SiteSlug(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** For a site name with no letter or digit ICU can write in ASCII. */
    private static final String FALLBACK = "site";

    public SiteSlug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("\"" + value + "\" is not a slug: use a-z, 0-9 and single hyphens");
        }
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** The slug of a site's name in any script: "Информация о миозите" gives "informacia-o-miozite". */
    public static SiteSlug fromName(String name) {
        // A transliterator is not thread-safe; one per call is cheap next to a build.
        String ascii = Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(name);
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return new SiteSlug(slug.isEmpty() ? FALLBACK : slug);
    }

    /** The name of one copy's zip and of the folder inside it, e.g. {@code myositis-info-ar}. */
    public String copyName(String edition) {
        return value + "-" + edition;
    }
}
