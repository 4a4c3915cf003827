package org.babelbake.page;

import org.babelbake.locale.LocalizedText;

import java.util.List;
import java.util.Optional;

/**
 * The site's name, tagline, logo, icon and menu as one page shows them: texts in the page's
 * language (or marked with their own), links relative to the page.
 *
 * @param faviconType the icon's media type, for {@code <link rel="icon" type>}
 */
public record Masthead(LocalizedText name, Optional<LocalizedText> tagline, Optional<String> logoHref,
                       Optional<String> faviconHref, String faviconType, List<MenuItem> menu, boolean poweredBy) {
    public Masthead {
        menu = List.copyOf(menu);
    }
}
