package org.babelbake.site;

import org.babelbake.bake.JBakeMarkdown;
import org.babelbake.content.Article;
import org.babelbake.content.ArticleAssembler;
import org.babelbake.content.ContentType;
import org.babelbake.content.GlossaryIndex;
import org.babelbake.content.PageAssembler;
import org.babelbake.content.PagesAndPosts;
import org.babelbake.html.EditionMarks;
import org.babelbake.html.ExternalLinks;
import org.babelbake.html.HtmlSanitizer;
import org.babelbake.html.PageLinks;
import org.babelbake.locale.MessageCatalog;
import org.babelbake.locale.MessageChecks;
import org.babelbake.locale.LocalizedText;
import org.babelbake.locale.Messages;
import org.babelbake.locale.SiteLocale;
import org.babelbake.offline.BuildTime;
import org.babelbake.page.ArticleText;
import org.babelbake.page.Download;
import org.babelbake.page.PagePaths;
import org.babelbake.page.SiteIdentity;
import org.babelbake.page.PageJob;
import org.babelbake.page.SiteInfo;
import org.babelbake.page.SitePages;
import org.babelbake.page.Sitemap;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problems;
import org.babelbake.search.IndexedPage;
import org.babelbake.translation.StatusReport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The build: load and check everything, then render every page of every locale into a staged
 * folder, check its links, and only then replace the output folder. Any problem stops the build
 * before the output is touched, with all problems reported together.
 */
public final class SiteBuilder {
    /** Where the offline copies are made, inside the staged site, before they are zipped. */
    private static final String OFFLINE_WORK = ".offline";
    static final List<String> TEMPLATES = List.of("article.ftl", "glossary.ftl", "home.ftl", "chooser.ftl", "404.ftl", "downloads.ftl",
            "start.ftl", "page.ftl", "post.ftl", "news.ftl");
    private final Path siteRoot;
    private final Path out;
    private final String version;
    private final Consumer<String> warnings;
    private final OutputLock.WhenBusy whenBusy;

    /** A builder that waits quietly while another build of the same output runs. */
    public SiteBuilder(Path siteRoot, Path out, String version) {
        this(siteRoot, out, version, OutputLock.WhenBusy.WAIT);
    }

    /** @param whenBusy what to do when another build holds the output's lock: say so and wait, or refuse */
    public SiteBuilder(Path siteRoot, Path out, String version, OutputLock.WhenBusy whenBusy) {
        this(siteRoot, out, version, whenBusy, warning -> { });
    }

    /** @param warnings told what is worth fixing but does not stop the build (the command line prints it) */
    public SiteBuilder(Path siteRoot, Path out, String version, OutputLock.WhenBusy whenBusy, Consumer<String> warnings) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.version = version;
        this.whenBusy = whenBusy;
        this.warnings = warnings;
    }

    /** The output's lock, as every writer of this output takes it (a preview's updates too). */
    OutputLock lock() {
        return OutputLock.acquire(out, whenBusy);
    }

    /** @throws BuildFailedException with every problem found; the output folder is then untouched */
    public BuildResult build() {
        return build(false).result();
    }

    /** A build and what was loaded for it; {@code remember} keeps rendered Markdown for a preview's updates. */
    record Built(BuildResult result, LoadedSite site) {
    }

    /** Reads and checks everything the pages are made from; nothing is written. */
    LoadedSite load(boolean remember, PhaseTimes times, Problems problems) {
        ThemeLoad themeLoad = ThemeLoad.start(siteRoot, out, problems);
        SiteProject project = SiteProject.load(siteRoot, problems);
        times.end("read content");
        SiteConfig config = project.config();
        SiteIdentity identity = IdentityConfig.load(siteRoot, problems);
        Map<String, Path> translationFiles = project.translationFiles();
        SiteLocale source = project.source();
        Map<String, MessageCatalog> catalogs = new LinkedHashMap<>();
        translationFiles.forEach((tag, file) -> catalogs.put(tag, MessageCatalog.load(siteRoot, file,
                tag.equals(source.tag()) ? source : SiteLocale.create(tag), source.tag(), problems)));
        MessageCatalog sourceCatalog = catalogs.get(source.tag());
        if (identity.name().isEmpty() && sourceCatalog.get("site.name").isEmpty()) {
            problems.add(SiteConfig.FILE, 0, "site.name is missing; add a line site.name=The name of your site");
        }
        times.end("read translations");
        catalogs.values().stream().filter(c -> c != sourceCatalog).forEach(c -> MessageChecks.check(c, sourceCatalog, problems,
                warning -> warnings.accept(warning.toString())));
        Map<String, Messages> messages = new LinkedHashMap<>();
        catalogs.forEach((tag, catalog) -> messages.put(tag, new Messages(catalog, sourceCatalog, config.keepOutdatedStrings())));
        List<SiteLocale> locales = catalogs.values().stream().map(MessageCatalog::locale).toList();

        ThemeLoad.Theme theme = themeLoad.join();
        problems.throwIfAny();
        times.end("check templates and assets");

        JBakeMarkdown markdown = new JBakeMarkdown(theme.jbake(), new HtmlSanitizer(), remember);
        List<String> articleIds = new ArticleAssembler(project.tree(), source, markdown).articleIds(problems);
        problems.throwIfAny();
        Map<String, ExternalLinks> external = new LinkedHashMap<>();
        locales.forEach(l -> external.put(l.tag(), externalLinks(messages.get(l.tag()), problems)));
        PagesAndPosts extras = ArticleText.markExternal(new PageAssembler(project.tree(), source, markdown)
                .assemble(locales, articleIds, problems), external);
        // A post with a broken header still makes "news" a known menu id: one problem is reported, not two.
        checkMenu(identity, extras.pages(source.tag()).stream().map(p -> p.value().id()).toList(),
                project.tree().files(source.tag()).values().stream().anyMatch(f -> f.type() == ContentType.POST),
                articleIds, problems);
        LoadedSite loaded = new LoadedSite(siteRoot, project, messages, locales, theme.templates(), theme.assets(), markdown, external,
                articleIds, null, remember, extras);
        Map<String, List<Article>> outlines = new LinkedHashMap<>();
        for (SiteLocale locale : locales) {
            outlines.put(locale.tag(), articleIds.stream().map(id -> loaded.outline(id, locale, problems)).toList());
        }
        problems.throwIfAny();
        times.end("outlines");
        BuildTime time = BuildTime.of(System.getenv(), project.contentDates());
        SiteInfo site = new SiteInfo(source, locales, config.baseUrl(), version, time.date(), config.reviewInterval(), identity);
        return loaded.with(outlines, site, time);
    }

    Built build(boolean remember) {
        long start = System.nanoTime();
        PhaseTimes times = new PhaseTimes();
        Problems problems = new Problems();
        List<String> notes = new ArrayList<>();
        LoadedSite loaded = load(remember, times, problems);
        BrokenLinks links = new BrokenLinks(siteRoot);
        List<PageJob> written;
        List<Download> downloads;
        // Reading and checking need no lock; everything from the first written file to the status report does.
        try (OutputLock lock = lock(); StagedOutput staged = StagedOutput.begin(lock)) {
            Path folder = staged.folder();
            PausePoint.reached("staged");
            EditionMarks.Scope online = loaded.online();
            // Every online page's links and ids, collected as it is made: the check reads no page again.
            Map<String, PageLinks> pageLinks = new ConcurrentHashMap<>();
            try (OfflineCopies offline = new OfflineCopies(loaded, folder.resolve(OFFLINE_WORK))) {
                Map<String, IndexedPage> searchText = new ConcurrentHashMap<>();
                written = renderArticles(loaded, folder, offline, pageLinks, searchText, problems);
                problems.throwIfAny();
                times.end("markdown, articles and pages");
                PausePoint.reached("articles");
                SearchFiles.write(loaded, folder, searchText, problems);
                problems.throwIfAny();
                times.end("search indexes");

                // The copies take the assets and images from the online site, deflated once for all of them.
                AssetCopier.copy(siteRoot, loaded.assets(), folder);
                ArticleImages.publishPages(loaded.images(), ArticleImages.pageBundles(loaded.extras(), loaded.project().source().tag()),
                        loaded.locales(), folder);
                downloads = offline.zip(folder, written, links, problems);
                problems.throwIfAny();
            }
            StagedOutput.deleteTree(folder.resolve(OFFLINE_WORK));
            times.end("offline copies");
            PausePoint.reached("offline");

            written.addAll(renderFrame(loaded, downloads, folder, pageLinks, problems));
            problems.throwIfAny();
            written.sort(Comparator.comparing(PageJob::path));
            Optional<String> baseUrl = loaded.project().config().baseUrl();
            SitePages pages = new SitePages(loaded.site(), loaded.messages(), loaded.outlines(), loaded.extras(),
                    new SitePages.Online(downloads, loaded.time().date()));
            loaded.locales().forEach(l -> pages.feed(l).ifPresent(xml -> PageWriter.write(folder.resolve(PagePaths.feed(l.tag())), xml)));
            if (baseUrl.isEmpty()) {
                notes.add("No sitemap.xml" + (loaded.extras().hasNews() ? " and no news feeds" : "")
                        + ": they need absolute addresses; set site.baseUrl in " + SiteConfig.FILE + " to make them.");
            }
            baseUrl.ifPresent(url -> PageWriter.write(folder.resolve("sitemap.xml"), Sitemap.xml(url, written)));
            PageWriter.write(folder.resolve("robots.txt"), Sitemap.robots(baseUrl));
            links.check(pageLinks, online, PageWriter.filesIn(folder), written, Optional.empty(), problems);
            problems.throwIfAny();
            times.end("online pages and link check");
            PausePoint.reached("checked");
            staged.publish();
            PausePoint.reached("published");
            StatusReport.write(loaded.project().translationStatus(), out.getParent());
        }
        times.end("publish and status report");
        return new Built(new BuildResult(out, loaded.locales().stream().map(SiteLocale::tag).toList(), written.size(),
                Duration.ofNanos(System.nanoTime() - start), times.describe(), notes), loaded.withDownloads(downloads));
    }

    /**
     * Each article's pages, and each locale's pages, news list and posts, are rendered once:
     * the online site and every offline copy that has the locale cut their versions from that
     * rendering, whose one parse also gives the page's links and its text for the search index.
     * Then the text is dropped: memory holds the articles being rendered, not the site. The
     * online site's homes and downloads pages come later, with the copies' sizes.
     *
     * @param links      filled with each page's links and ids
     * @param searchText filled with each indexed page's text, by path
     * @return the online pages written, without their values
     */
    private static List<PageJob> renderArticles(LoadedSite loaded, Path folder, OfflineCopies offline,
                                                Map<String, PageLinks> links, Map<String, IndexedPage> searchText, Problems problems) {
        SitePages pages = new SitePages(loaded.site(), loaded.messages(), loaded.outlines(), loaded.extras(),
                new SitePages.Online(List.of(), loaded.time().date()));
        EditionMarks.Scope online = loaded.online();
        List<PageJob> written = new ArrayList<>();
        // A page the online site and the copies with its locale share: rendered once, each given its version.
        BiConsumer<PageJob, SiteLocale> renderShared = (job, locale) -> PageWriter.render(job, loaded.templates(), problems)
                .ifPresent(page -> {
                    PageWriter.write(folder.resolve(job.path()), page.bytesIn(online));
                    links.put(job.path(), page.links());
                    offline.add(page, locale);
                    if (SearchFiles.indexed(job)) {
                        searchText.put(job.path(), page.forSearch(online, job.path().substring(locale.tag().length() + 1)));
                    }
                    synchronized (written) {
                        written.add(job.written());
                    }
                });
        List<Runnable> tasks = new ArrayList<>();
        for (SiteLocale locale : loaded.locales()) {
            for (String id : loaded.articleIds()) {
                tasks.add(() -> {
                    Article article = loaded.article(id, locale, problems);
                    GlossaryIndex index = GlossaryIndex.of(article.glossary(), locale);
                    for (PageJob job : pages.articlePages(article, index)) renderShared.accept(job, locale);
                    ArticleImages.publish(loaded.images(), id, locale.tag(), folder);
                    offline.addChapter(article, index);
                });
            }
            for (PageJob job : pages.shared(locale)) tasks.add(() -> renderShared.accept(job, locale));
        }
        TaskQueue.runAll(tasks);
        return written;
    }

    /** The online pages that are its own, made once the copies' sizes are known: homes, downloads pages, language choice, 404. */
    private static List<PageJob> renderFrame(LoadedSite loaded, List<Download> downloads, Path folder,
                                             Map<String, PageLinks> links, Problems problems) {
        SitePages online = new SitePages(loaded.site(), loaded.messages(), loaded.outlines(), loaded.extras(),
                new SitePages.Online(downloads, loaded.time().date()));
        List<PageJob> frame = new ArrayList<>();
        loaded.locales().forEach(l -> {
            frame.add(online.home(l));
            online.downloads(l).ifPresent(frame::add);
        });
        frame.addAll(online.siteLevel());
        frame.add(online.notFound(AssetCopier.inline(loaded.assets(), loaded.site().identity().favicon(), problems)));
        links.putAll(PageWriter.render(frame, folder, loaded.templates(), loaded.online(), problems));
        return frame.stream().map(PageJob::written).toList();
    }

    /** Every id of {@code site.menu} must name a page, an article folder or the news list. */
    private static void checkMenu(SiteIdentity identity, List<String> pageIds, boolean hasNews, List<String> articleIds,
                                  Problems problems) {
        List<String> known = new ArrayList<>(pageIds);
        known.addAll(articleIds);
        if (hasNews) known.add(PageAssembler.NEWS);
        for (String id : identity.menu()) {
            if (known.contains(id)) continue;
            problems.add(SiteConfig.FILE, identity.menuLine(), "site.menu names \"" + id + "\", which is "
                    + (id.equals(PageAssembler.NEWS) ? "the news list, but there are no news posts (content/<tag>/news/<name>.md)"
                    : "no page or article folder") + "; use one of " + String.join(", ", known));
        }
    }

    static ExternalLinks externalLinks(Messages messages, Problems problems) {
        try {
            LocalizedText note = messages.format("link.external");
            return new ExternalLinks(note.text(), note.language().tag(), note.language().dir());
        } catch (Messages.MissingMessageException e) {
            // A translations file older than this version of Babelbake.
            problems.add(messages.sourceFile(), 0, e.getMessage() + " (e.g. link.external=(external site))");
            return new ExternalLinks("", messages.locale().tag(), messages.locale().dir());
        }
    }
}
