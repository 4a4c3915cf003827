package org.babelbake.site;

import org.babelbake.html.EditionMarks;
import org.babelbake.locale.SiteLocale;
import org.babelbake.offline.SiteSlug;
import org.babelbake.page.SiteInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One offline copy of the site: all languages, or one language with the source language (so
 * that "read the original" links and fallbacks keep working from disk).
 *
 * @param name     the copy's zip and folder name, which says the site and the language, e.g.
 *                 {@code myositis-info-ar} or {@code myositis-info-all-languages}
 * @param language the copy's own language; empty for the copy with every language
 */
record OfflineEdition(String name, List<SiteLocale> locales, Optional<SiteLocale> language) {
    static final String ALL = "all-languages";

    OfflineEdition {
        locales = List.copyOf(locales);
    }

    static List<OfflineEdition> all(SiteSlug slug, SiteLocale source, List<SiteLocale> siteLocales) {
        List<OfflineEdition> editions = new ArrayList<>();
        if (siteLocales.size() > 1) editions.add(new OfflineEdition(slug.copyName(ALL), siteLocales, Optional.empty()));
        for (SiteLocale locale : siteLocales) {
            editions.add(new OfflineEdition(slug.copyName(locale.tag()),
                    locale.equals(source) ? List.of(source) : List.of(source, locale), Optional.of(locale)));
        }
        return editions;
    }

    /** What this copy keeps of a rendered page: its languages, the language choice if it has every language. */
    EditionMarks.Scope scope() {
        return EditionMarks.Scope.of(false, language.isEmpty(), locales.stream().map(SiteLocale::tag).collect(Collectors.toSet()));
    }

    String zipPath() {
        return "downloads/" + name + ".zip";
    }

    /** The folder the zip unpacks into: the zip's own name, so the two are never confused. */
    String folderName() {
        return name;
    }

    SiteInfo site(SiteInfo online) {
        return new SiteInfo(online.sourceLocale(), locales, online.baseUrl(), online.version(), online.built(),
                online.reviewInterval(), online.identity());
    }
}
