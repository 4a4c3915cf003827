package org.babelbake.site;

import org.babelbake.content.Article;
import org.babelbake.content.GlossaryIndex;
import org.babelbake.content.Localized;
import org.babelbake.content.PlainPage;
import org.babelbake.epub.EpubBook;
import org.babelbake.epub.EpubChapter;
import org.babelbake.epub.EpubPackage;
import org.babelbake.html.EditionMarks;
import org.babelbake.html.PageLinks;
import org.babelbake.locale.LocaleFormats;
import org.babelbake.locale.Messages;
import org.babelbake.locale.SiteLocale;
import org.babelbake.offline.DeflatedFiles;
import org.babelbake.offline.ReproducibleZip;
import org.babelbake.offline.SiteSlug;
import org.babelbake.page.Download;
import org.babelbake.page.PageJob;
import org.babelbake.page.SitePages;
import org.babelbake.problem.FileFailure;
import org.babelbake.problem.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The offline copies of a build. Each page is rendered once: every copy that has its language
 * cuts its version from the same rendering ({@link RenderedPage#partsIn}), and each distinct version
 * is deflated once, into a store in a work folder inside the staged site, whatever the number of
 * copies that hold it; the pages and posts of each locale likewise. At the end each copy gets
 * its own homes and start page (or language choice), the online site's assets, images and search
 * files (also deflated once for all copies), is link-checked from what was collected while its
 * pages were made, with {@code file://} rules, and is zipped.
 * Each locale also gets an EPUB, its chapters deflated into the same store as the articles come,
 * its package at the end.
 */
final class OfflineCopies implements AutoCloseable {
    /**
     * A page whose versions share a part at least this long deflates it once for all of them. On
     * shorter pages the parts' own block headers would cost more than the time saved is worth
     * (the example site's articles, 14 to 17 KB, would be 10% bigger in the zips); from here
     * on they cost under 1%, and long pages come out smaller.
     */
    private static final int SHARED_MIN = 64 * 1024;
    private final LoadedSite site;
    private final Map<OfflineEdition, SitePages> editions = new LinkedHashMap<>();
    /** What each copy keeps of a rendered page, made once: it is asked for every page. */
    private final Map<OfflineEdition, EditionMarks.Scope> scopes = new LinkedHashMap<>();
    private final SiteSlug slug;
    private final DeflatedFiles store;
    /** Each copy's files so far, by path in the copy, and its pages' links. */
    private final Map<OfflineEdition, Map<String, DeflatedFiles.Entry>> files = new LinkedHashMap<>();
    private final Map<OfflineEdition, Map<String, PageLinks>> links = new LinkedHashMap<>();
    /** Each locale's EPUB chapters made so far, by the article's place in the reading order. */
    private final Map<SiteLocale, Map<Integer, BookChapter>> books = new LinkedHashMap<>();

    /** A chapter's place in the table of contents, and its bytes in the store. */
    private record BookChapter(EpubChapter.Entry entry, DeflatedFiles.Entry bytes) {
    }

    OfflineCopies(LoadedSite site, Path work) {
        this.site = site;
        SiteLocale source = site.project().source();
        slug = site.project().config().slug()
                .orElseGet(() -> SiteSlug.fromName(site.site().identity().nameIn(site.messages().get(source.tag()), source).text()));
        for (OfflineEdition edition : OfflineEdition.all(slug, source, site.locales())) {
            editions.put(edition, new SitePages(edition.site(site.site()), site.messages(), site.outlines(), site.extras(),
                    new SitePages.Offline(edition.language())));
            scopes.put(edition, edition.scope());
            files.put(edition, new ConcurrentHashMap<>());
            links.put(edition, new ConcurrentHashMap<>());
        }
        site.locales().forEach(l -> books.put(l, new ConcurrentSkipListMap<>()));
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw FileFailure.of(work, e);
        }
        store = new DeflatedFiles(work.resolve("deflated"));
    }

    /**
     * Puts an article's page into every copy that has its language; each distinct version is
     * deflated once. A long page's versions (a one-language copy's language list, the link to
     * the language choice) differ only around the article: the part they share is deflated once
     * for all of them, and each version's own ends apart.
     */
    void add(RenderedPage page, SiteLocale locale) {
        Map<BitSet, List<OfflineEdition>> versions = new LinkedHashMap<>(); // the editions keeping each set of parts
        editions.keySet().forEach(edition -> {
            if (edition.locales().contains(locale)) {
                versions.computeIfAbsent(page.partsIn(scopes.get(edition)), p -> new ArrayList<>()).add(edition);
            }
        });
        Optional<RenderedPage.Middle> middle = versions.size() > 1 ? page.middle(SHARED_MIN) : Optional.empty();
        Optional<DeflatedFiles.Middle> shared = middle.map(m -> store.middle(m.bytes()));
        versions.forEach((parts, holders) -> {
            DeflatedFiles.Entry bytes = middle.isPresent()
                    ? store.add(middle.get().before(parts), shared.get(), middle.get().after(parts))
                    : store.add(page.bytes(parts));
            for (OfflineEdition edition : holders) {
                files.get(edition).put(page.path(), bytes);
                links.get(edition).put(page.path(), page.links());
            }
        });
    }

    /** Makes the article's chapter of its locale's EPUB, deflated in the caller's thread like the copies' pages. */
    void addChapter(Article article, GlossaryIndex index) {
        SiteLocale locale = article.locale();
        int order = site.articleIds().indexOf(article.id());
        EpubChapter.Written chapter = EpubChapter.write(article, index, site.messages().get(locale.tag()),
                site.project().source(), "c" + (order + 1) + ".xhtml");
        books.get(locale).put(order, stored(chapter));
    }

    private BookChapter stored(EpubChapter.Written chapter) {
        return new BookChapter(chapter.entry(), store.add(chapter.xhtml().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Completes, checks and zips every copy into {@code site}'s downloads folder and packs each
     * locale's EPUB there, all on every core.
     *
     * @param folder       the staged online site, with its article pages, assets, images and search files
     * @param sharedPages  the online site's pages written so far (articles, pages, posts): a copy's have the same paths and sources
     * @return the zips, in the order of {@link OfflineEdition#all}, then the EPUBs; empty when problems were found
     */
    List<Download> zip(Path folder, List<PageJob> sharedPages, BrokenLinks brokenLinks, Problems problems) {
        List<String> shared = sharedFiles(folder);
        Map<String, DeflatedFiles.Entry> deflated = new ConcurrentHashMap<>();
        List<Download> downloads = new ArrayList<>();
        // One queue for all. The shared files come first, biggest first: left to the copies, the thread of
        // the first copy deflated every language's search files while the other waited for them. Then the
        // biggest copy (every language): the EPUBs fill the time a thread would otherwise wait for it.
        List<Runnable> tasks = new ArrayList<>();
        biggestFirst(folder, shared).forEach(file -> tasks.add(() -> deflated(file, folder, deflated)));
        editions.keySet().stream().sorted(Comparator.comparingInt((OfflineEdition e) -> files.get(e).size()).reversed())
                .forEach(edition -> tasks.add(() -> {
                    Optional<Download> zip = zip(edition, folder, shared, deflated, sharedPages, brokenLinks, problems);
                    synchronized (downloads) {
                        zip.ifPresent(downloads::add);
                    }
                }));
        books.keySet().forEach(locale -> tasks.add(() -> {
            if (!problems.isEmpty()) return; // the build fails: no book is needed
            Download book = pack(locale, folder);
            synchronized (downloads) {
                downloads.add(book);
            }
        }));
        TaskQueue.runAll(tasks);
        List<String> order = new ArrayList<>(editions.keySet().stream().map(OfflineEdition::zipPath).toList());
        books.keySet().forEach(l -> order.add(epubPath(l)));
        downloads.sort(Comparator.comparingInt(d -> order.indexOf(d.path())));
        return downloads;
    }

    /** Completes one copy with its homes and the shared files, checks its links and zips it; empty when problems were found. */
    private Optional<Download> zip(OfflineEdition edition, Path folder, List<String> shared, Map<String, DeflatedFiles.Entry> deflated,
                                   List<PageJob> sharedPages, BrokenLinks brokenLinks, Problems problems) {
        EditionMarks.Scope scope = scopes.get(edition);
        Map<String, DeflatedFiles.Entry> copy = files.get(edition);
        Map<String, PageLinks> copyLinks = links.get(edition);
        // The copy's own homes and start page (or language choice); its pages and posts came with the articles.
        SitePages pages = editions.get(edition);
        List<PageJob> frame = new ArrayList<>();
        edition.locales().forEach(l -> frame.add(pages.home(l)));
        frame.addAll(pages.siteLevel());
        for (PageJob job : frame) {
            PageWriter.render(job, site.templates(), problems).ifPresent(page -> {
                copy.put(job.path(), store.add(page.bytesIn(scope)));
                copyLinks.put(job.path(), page.links());
            });
        }
        if (!problems.isEmpty()) return Optional.empty(); // a page that failed to render would only add broken links
        for (String file : shared) {
            if (inCopy(file, edition)) copy.put(file, deflated(file, folder, deflated));
        }
        List<PageJob> jobs = new ArrayList<>(frame);
        jobs.addAll(sharedPages);
        brokenLinks.check(copyLinks, scope, copy.keySet(), jobs, Optional.of(edition.zipPath().substring("downloads/".length())),
                problems);
        if (!problems.isEmpty()) return Optional.empty();
        Path zip = folder.resolve(edition.zipPath());
        Map<String, DeflatedFiles.Entry> entries = new TreeMap<>();
        copy.forEach((path, bytes) -> entries.put(edition.folderName() + "/" + path, bytes));
        ReproducibleZip.write(entries, store, comment(edition), site.time(), zip);
        return Optional.of(new Download(edition.zipPath(), edition.locales(), size(zip)));
    }

    /** Packs a locale's EPUB from its chapters, stored as the articles came, and the site's pages. */
    private Download pack(SiteLocale locale, Path folder) {
        String path = epubPath(locale);
        List<BookChapter> chapters = new ArrayList<>(books.get(locale).values());
        // The site's pages (About, Contact) follow the articles, in the site's page order.
        List<Localized<PlainPage>> pages = site.extras().pages(locale.tag());
        for (int i = 0; i < pages.size(); i++) {
            chapters.add(stored(EpubChapter.writePage(pages.get(i), locale, "p" + (i + 1) + ".xhtml")));
        }
        Map<String, DeflatedFiles.Entry> contents = new HashMap<>();
        chapters.forEach(c -> contents.put(EpubPackage.pathOf(c.entry()), c.bytes()));
        EpubPackage.files(book(locale), chapters.stream().map(BookChapter::entry).toList())
                .forEach((name, text) -> contents.put(name, store.add(text.getBytes(StandardCharsets.UTF_8))));
        Path epub = folder.resolve(path);
        ReproducibleZip.writeEpub(EpubPackage.MIMETYPE, contents, store, site.time(), epub);
        return new Download(path, List.of(locale), size(epub));
    }

    private String epubPath(SiteLocale locale) {
        return "downloads/" + slug.copyName(locale.tag()) + ".epub";
    }

    /**
     * The online site's files a copy may take as they are: the assets, and each language's
     * images and search files; not its pages (a copy has its own versions), downloads or feeds.
     */
    private static List<String> sharedFiles(Path folder) {
        return PageWriter.filesIn(folder).stream().filter(f -> !f.endsWith(".html") && !f.startsWith(".") && f.contains("/"))
                .sorted().toList();
    }

    /** A shared file deflated, once for every copy: a thread that asks while another deflates it waits for that. */
    private DeflatedFiles.Entry deflated(String file, Path folder, Map<String, DeflatedFiles.Entry> deflated) {
        return deflated.computeIfAbsent(file, f -> store.add(read(folder.resolve(f))));
    }

    private static List<String> biggestFirst(Path folder, List<String> files) {
        Map<String, Long> sizes = new HashMap<>();
        files.forEach(f -> sizes.put(f, size(folder.resolve(f))));
        return files.stream().sorted(Comparator.comparing((String f) -> sizes.get(f)).reversed()).toList();
    }

    private static boolean inCopy(String file, OfflineEdition edition) {
        if (file.startsWith(AssetCopier.FOLDER + "/")) return true;
        return edition.locales().stream().anyMatch(l -> file.startsWith(l.tag() + "/"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
    }

    @Override
    public void close() {
        store.close();
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
