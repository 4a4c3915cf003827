package org.babelbake.site;

import org.babelbake.content.Article;
import org.babelbake.content.GlossaryIndex;
import org.babelbake.content.Localized;
import org.babelbake.content.PlainPage;
import org.babelbake.epub.EpubBook;
import org.babelbake.epub.EpubChapter;
import org.babelbake.epub.EpubPackage;
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
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The offline copies of a build, made in a work folder inside the staged site: each article's
 * pages go into every copy that has its language while the article is at hand, then each copy
 * gets its other pages and assets, is link-checked with {@code file://} rules and zipped. Each
 * locale also gets an EPUB, its chapters written as the articles come, its package at the end.
 */
final class OfflineCopies {
    private final LoadedSite site;
    private final Path work;
    private final Map<OfflineEdition, SitePages> editions = new LinkedHashMap<>();
    private final SiteSlug slug;
    /** Each locale's EPUB chapters written so far, by the article's place in the reading order. */
    private final Map<SiteLocale, Map<Integer, EpubChapter.Entry>> books = new LinkedHashMap<>();

    OfflineCopies(LoadedSite site, Path work) {
        this.site = site;
        this.work = work;
        SiteLocale source = site.project().source();
        slug = site.project().config().slug()
                .orElseGet(() -> SiteSlug.fromName(site.site().identity().nameIn(site.messages().get(source.tag()), source).text()));
        for (OfflineEdition edition : OfflineEdition.all(slug, source, site.locales())) {
            editions.put(edition, new SitePages(edition.site(site.site()), site.messages(), site.outlines(), site.extras(),
                    new SitePages.Offline(edition.language())));
        }
        site.locales().forEach(l -> books.put(l, new ConcurrentSkipListMap<>()));
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
        int order = site.articleIds().indexOf(article.id());
        EpubChapter.Written chapter = EpubChapter.write(article, index, site.messages().get(locale.tag()),
                site.project().source(), "c" + (order + 1) + ".xhtml");
        EpubPackage.writeChapter(bookFolder(locale), chapter);
        books.get(locale).put(order, chapter.entry());
    }

    private Path bookFolder(SiteLocale locale) {
        return work.resolve("epub").resolve(locale.tag());
    }

    /**
     * Completes, checks and zips every copy (in parallel) into {@code site}'s downloads folder,
     * then packs each locale's EPUB there.
     *
     * @param articlePages the online site's article pages: a copy's have the same paths and sources
     * @return the zips, in the order of {@link OfflineEdition#all}, then the EPUBs; empty when problems were found
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
        if (!problems.isEmpty()) return downloads;
        books.entrySet().parallelStream().forEach(entry -> {
            SiteLocale locale = entry.getKey();
            String path = "downloads/" + slug.copyName(locale.tag()) + ".epub";
            Path epub = folder.resolve(path);
            List<EpubChapter.Entry> chapters = new ArrayList<>(entry.getValue().values());
            // The site's pages (About, Contact) follow the articles, in the site's page order.
            List<Localized<PlainPage>> pages = site.extras().pages(locale.tag());
            for (int i = 0; i < pages.size(); i++) {
                EpubChapter.Written page = EpubChapter.writePage(pages.get(i), locale, "p" + (i + 1) + ".xhtml");
                EpubPackage.writeChapter(bookFolder(locale), page);
                chapters.add(page.entry());
            }
            EpubPackage.write(bookFolder(locale), book(locale), chapters);
            ReproducibleZip.writeEpub(bookFolder(locale), site.time(), epub);
            synchronized (downloads) {
                downloads.add(new Download(path, List.of(locale), size(epub)));
            }
        });
        List<String> order = new ArrayList<>(editions.keySet().stream().map(OfflineEdition::zipPath).toList());
        books.keySet().forEach(l -> order.add("downloads/" + slug.copyName(l.tag()) + ".epub"));
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

    /** The EPUB's metadata and title page, in its language: the site, the language, the day, the address. */
    private EpubBook book(SiteLocale locale) {
        Messages messages = site.messages().get(locale.tag());
        String name = site.site().identity().nameIn(messages, site.project().source()).text();
        String about = messages.format("epub.about", "site", name, "language", locale.nameIn(locale),
                "date", new LocaleFormats(locale).longDate(site.site().built())).text();
        Optional<EpubBook.Online> online = site.site().baseUrl()
                .map(url -> new EpubBook.Online(messages.format("offline.online").text(), url));
        String identity = site.site().baseUrl().orElse(slug.value());
        return new EpubBook(locale, name, name, EpubBook.identifier(identity, locale), site.time().instant(), about, online,
                messages.format("footer.disclaimer").text(), messages.format("nav.contents").text());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
