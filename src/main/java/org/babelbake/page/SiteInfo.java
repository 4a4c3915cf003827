package org.babelbake.page;

import org.babelbake.locale.SiteLocale;

import java.util.List;
import java.util.Optional;

/** What templates know about the whole site. */
public record SiteInfo(SiteLocale sourceLocale, List<SiteLocale> locales, Optional<String> baseUrl, String version) {
    public SiteInfo {
        locales = List.copyOf(locales);
    }
}
