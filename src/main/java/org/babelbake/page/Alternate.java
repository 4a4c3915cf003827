package org.babelbake.page;

import org.babelbake.locale.SiteLocale;

import java.util.Optional;

/**
 * The same page in one locale, for the language switcher and {@code hreflang} links.
 *
 * @param href       relative link from the current page
 * @param url        absolute URL, only when the site has a base URL
 * @param current    whether this is the page being rendered
 * @param translated whether the locale has its own text for the page (else it is all fallback,
 *                   and is not advertised as a translation)
 */
public record Alternate(SiteLocale locale, String path, String href, Optional<String> url, boolean current,
                        boolean translated) {
}
