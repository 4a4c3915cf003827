package org.babelbake.site;

import org.babelbake.content.Article;
import org.babelbake.content.GlossaryIndex;
import org.babelbake.locale.LocaleFormats;
import org.babelbake.locale.Messages;
import org.babelbake.locale.SiteLocale;
import org.babelbake.offline.ReproducibleZip;
import org.babelbake.offline.SiteSlug;
import org.babelbake.page.Download;
import org.babelbake.page.PageJob;
import org.babelbake.page.SitePages;
import org.babelbake.problem.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline copies of a build, made in a work folder inside the staged site: each article's
 * pages go into every copy that has its language while the article is at hand, then each copy
 * gets its other pages and assets, is link-checked with {@code file://} rules and zipped.
 */
final class OfflineCopies {
    private final LoadedSite site;
    private final Path work;
    private final Map<OfflineEdition, SitePages> editions = new LinkedHashMap<>();

    OfflineCopies(LoadedSite site, Path work) {
        this.site = site;
        this.work = work;
        SiteLocale source = site.project().source();
        SiteSlug slug = site.project().config().slug()
                .orElseGet(() -> SiteSlug.fromName(site.site().identity().nameIn(site.messages().get(source.tag()), source).text()));
        for (OfflineEdition edition : OfflineEdition.all(slug, source, site.locales())) {
            editions.put(edition, new SitePages(edition.site(site.site()), site.messages(), site.outlines(), site.extras(),
                    new SitePages.Offline(edition.language())));
        }
    }

    /** Writes the article's pages into every copy that has its language. */
    void add(Article article, GlossaryIndex index, Problems problems) {
        SiteLocale locale = article.locale();
        editions.forEach((edition, pages) -> {
            if (edition.locales().contains(locale)) {
                PageWriter.render(pages.articlePages(article, index), work.resolve(edition.name()), site.templates(), problems);
                ArticleImages.publish(site.images(), article.id(), locale.tag(), work.resolve(edition.name()));
            }
        });
    }

    /**
     * Completes, checks and zips every copy (in parallel) into {@code site}'s downloads folder.
     *
     * @param articlePages the online site's article pages: a copy's have the same paths and sources
     * @return the zips, in the order of {@link OfflineEdition#all}; empty when problems were found
     */
    List<Download> zip(Path folder, List<PageJob> articlePages, BrokenLinks links, Problems problems) {
        List<Download> downloads = new ArrayList<>();
        editions.entrySet().parallelStream().forEach(entry -> {
            OfflineEdition edition = entry.getKey();
            Path copy = work.resolve(edition.name());
            List<PageJob> frame = new ArrayList<>();
            edition.locales().forEach(l -> frame.addAll(entry.getValue().frame(l)));
            frame.addAll(entry.getValue().siteLevel());
            PageWriter.render(frame, copy, site.templates(), problems);
            if (!problems.isEmpty()) return; // a page that failed to render would only add broken links
            AssetCopier.copy(site.root(), site.assets(), copy);
            ArticleImages.publishPages(site.images(), ArticleImages.pageBundles(site.extras(), site.project().source().tag()),
                    edition.locales(), copy);
            SearchFiles.copy(folder, copy, edition.locales());
            List<PageJob> pages = new ArrayList<>(frame);
            pages.addAll(articlePages);
            links.checkAll(copy, pages, problems);
            if (!problems.isEmpty()) return;
            Path zip = folder.resolve(edition.zipPath());
            ReproducibleZip.write(copy, edition.folderName(), comment(edition), site.time(), zip);
            synchronized (downloads) {
                downloads.add(new Download(edition.zipPath(), edition.locales(), size(zip)));
            }
        });
        List<String> order = editions.keySet().stream().map(OfflineEdition::zipPath).toList();
        downloads.sort(Comparator.comparingInt(d -> order.indexOf(d.path())));
        return downloads;
    }

    /**
     * What the copy is, in its language (the source language for the copy with every language),
     * as its start page says it: the site, the language, the day it was made, where it is online.
     */
    private String comment(OfflineEdition edition) {
        SiteLocale language = edition.language().orElse(site.project().source());
        Messages messages = site.messages().get(language.tag());
        String about = messages.format("offline.about", "site", site.site().identity().nameIn(messages, site.project().source()).text(),
                "scope", edition.language().isPresent() ? "one" : "all", "language", language.nameIn(language),
                "date", new LocaleFormats(language).longDate(site.site().built())).text();
        return site.site().baseUrl().map(url -> about + "\n" + messages.format("offline.online").text() + " " + url)
                .orElse(about);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
