package org.babelbake.page;

import org.babelbake.locale.SiteLocale;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * What templates know about the whole site.
 *
 * @param built          the reproducible build date (see BuildTime)
 * @param reviewInterval how long a medical review stays current
 * @param identity       the site's name, logo, icon and menu from {@code jbake.properties}
 */
public record SiteInfo(SiteLocale sourceLocale, List<SiteLocale> locales, Optional<String> baseUrl, String version,
                       LocalDate built, Period reviewInterval, SiteIdentity identity) {
    public SiteInfo {
        locales = List.copyOf(locales);
    }
}
