package org.babelbake.site;

import org.babelbake.locale.SiteLocale;
import org.babelbake.page.SiteInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * One offline copy of the site: all languages, or one language with the source language (so
 * that "read the original" links and fallbacks keep working from disk).
 */
record OfflineEdition(String name, List<SiteLocale> locales) {
    static final String ALL = "all-languages";

    static List<OfflineEdition> all(SiteLocale source, List<SiteLocale> siteLocales) {
        List<OfflineEdition> editions = new ArrayList<>();
        if (siteLocales.size() > 1) editions.add(new OfflineEdition(ALL, siteLocales));
        for (SiteLocale locale : siteLocales) {
            editions.add(new OfflineEdition(locale.tag(), locale.equals(source) ? List.of(source) : List.of(source, locale)));
        }
        return editions;
    }

    String zipPath() {
        return "downloads/" + name + ".zip";
    }

    /** The folder the zip unpacks into. */
    String folderName() {
        return "offline-" + name;
    }

    SiteInfo site(SiteInfo online) {
        return new SiteInfo(online.sourceLocale(), locales, online.baseUrl(), online.version(), online.built(),
                online.reviewInterval());
    }
}
