package org.babelbake.init;

import org.babelbake.locale.SiteLocale;

import java.util.Objects;

/**
 * What {@code babelbake init} is asked for: the site's name as readers see it and its source
 * locale, both checked before a file is written.
 */
public record NewSite(String name, String locale) {
    public NewSite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        name = name.strip();
        if (name.isEmpty()) throw new IllegalArgumentException("the site's name is empty; give one with --name \"Charity name\"");
        if (name.contains("\n") || name.contains("\r")) throw new IllegalArgumentException("the site's name has a line break; give it on one line");
        String problem = SiteLocale.problemWith(locale);
        if (problem != null) throw new IllegalArgumentException("--locale " + locale + ": " + problem);
    }
}
