package org.babelbake.page;

import org.babelbake.locale.LocalizedText;
import org.babelbake.locale.Messages;
import org.babelbake.locale.SiteLocale;

import java.util.List;
import java.util.Optional;

/**
 * Who the site is, set once in {@code jbake.properties}: its name and tagline (a translation file
 * may give its own), logo, icon, menu, and whether the footer says it was made with Babelbake.
 *
 * @param name      {@code site.name}; empty in an older project that keeps it in the source translation file only
 * @param logo      path from the site root of an SVG or PNG in {@code assets/}
 * @param favicon   path from the site root of the browser icon in {@code assets/}
 * @param menu      the ids of {@code site.menu} in order: page names, article folders, {@code news}
 * @param menuLine  the line of {@code site.menu}, for problems with its ids
 * @param poweredBy whether the footer says "Made with Babelbake" ({@code site.poweredBy}, default true)
 */
public record SiteIdentity(Optional<String> name, Optional<String> tagline, Optional<String> logo, Optional<String> favicon,
                           List<String> menu, int menuLine, boolean poweredBy) {
    public static final SiteIdentity NONE = new SiteIdentity(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), 0, true);

    public SiteIdentity {
        menu = List.copyOf(menu);
    }

    /**
     * The site's name in a locale: the translation file's own {@code site.name}, else this one (in
     * the source language, marked as such elsewhere), else the source translation file's.
     */
    public LocalizedText nameIn(Messages messages, SiteLocale source) {
        return messages.own("site.name")
                .or(() -> name.map(n -> new LocalizedText(n, source, !messages.locale().equals(source))))
                .orElseGet(() -> messages.format("site.name"));
    }
}
