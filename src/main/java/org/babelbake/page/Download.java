package org.babelbake.page;

import org.babelbake.locale.SiteLocale;

import java.util.List;

/**
 * One offline copy of the site: a zip of its pages, or an EPUB of one language.
 *
 * @param path    the file's path from the site root, e.g. {@code downloads/es.zip}
 * @param locales the languages it holds
 * @param bytes   its size
 */
public record Download(String path, List<SiteLocale> locales, long bytes) {
    public Download {
        locales = List.copyOf(locales);
    }

    /** Whether this is an EPUB e-book rather than a zip of web pages. */
    public boolean book() {
        return path.endsWith(".epub");
    }

    /** Whether this is the copy with every language. */
    public boolean complete(int siteLocales) {
        return locales.size() == siteLocales;
    }
}
