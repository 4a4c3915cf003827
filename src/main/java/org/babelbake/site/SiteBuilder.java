package org.babelbake.site;

import org.babelbake.bake.JBakeMarkdown;
import org.babelbake.bake.JBakeSettings;
import org.babelbake.bake.PageTemplates;
import org.babelbake.content.Article;
import org.babelbake.content.ArticleAssembler;
import org.babelbake.content.GlossaryIndex;
import org.babelbake.content.MarkdownBodies;
import org.babelbake.html.BrokenLink;
import org.babelbake.html.ExternalLinks;
import org.babelbake.html.HtmlSanitizer;
import org.babelbake.html.LinkChecker;
import org.babelbake.locale.MessageCatalog;
import org.babelbake.locale.MessageChecks;
import org.babelbake.locale.LocalizedText;
import org.babelbake.locale.Messages;
import org.babelbake.locale.SiteLocale;
import org.babelbake.offline.BuildTime;
import org.babelbake.offline.ReproducibleZip;
import org.babelbake.page.Download;
import org.babelbake.page.ArticleText;
import org.babelbake.page.PageJob;
import org.babelbake.page.SiteInfo;
import org.babelbake.page.SitePages;
import org.babelbake.page.Sitemap;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.translation.StatusReport;
import org.jbake.app.configuration.JBakeConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build: load and check everything, then render every page of every locale into a staged
 * folder, check its links, and only then replace the output folder. Any problem stops the build
 * before the output is touched, with all problems reported together.
 */
public final class SiteBuilder {
    static final List<String> TEMPLATES = List.of("article.ftl", "glossary.ftl", "home.ftl", "chooser.ftl", "404.ftl", "downloads.ftl");
    private final Path siteRoot;
    private final Path out;
    private final String version;

    public SiteBuilder(Path siteRoot, Path out, String version) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.version = version;
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
        SiteProject project = SiteProject.load(siteRoot, problems);
        times.end("read content");
        SiteConfig config = project.config();
        Map<String, Path> translationFiles = project.translationFiles();
        SiteLocale source = project.source();
        Map<String, MessageCatalog> catalogs = new LinkedHashMap<>();
        translationFiles.forEach((tag, file) -> catalogs.put(tag, MessageCatalog.load(siteRoot, file,
                tag.equals(source.tag()) ? source : SiteLocale.create(tag), problems)));
        MessageCatalog sourceCatalog = catalogs.get(source.tag());
        times.end("read translations");
        catalogs.values().stream().filter(c -> c != sourceCatalog).forEach(c -> MessageChecks.check(c, sourceCatalog, problems));
        Map<String, Messages> messages = new LinkedHashMap<>();
        catalogs.forEach((tag, catalog) -> messages.put(tag, new Messages(catalog, sourceCatalog)));
        List<SiteLocale> locales = catalogs.values().stream().map(MessageCatalog::locale).toList();

        JBakeConfiguration jbake = JBakeSettings.load(siteRoot, out);
        PageTemplates templates = new PageTemplates(jbake);
        for (String template : TEMPLATES) {
            if (!templates.exists(template)) {
                problems.add("templates/" + template, 0, "template is missing; every site needs it (restore it from git or the Babelbake example)");
            }
        }
        List<Path> assets = AssetCopier.list(siteRoot, problems);
        problems.throwIfAny();
        times.end("check templates and assets");

        JBakeMarkdown markdown = new JBakeMarkdown(jbake, new HtmlSanitizer(), remember);
        List<String> articleIds = new ArticleAssembler(project.tree(), source, markdown).articleIds(problems);
        problems.throwIfAny();
        Map<String, ExternalLinks> external = new LinkedHashMap<>();
        locales.forEach(l -> external.put(l.tag(), externalLinks(messages.get(l.tag()), problems)));
        LoadedSite loaded = new LoadedSite(siteRoot, project, messages, locales, templates, assets, markdown, external,
                articleIds, null, remember);
        Map<String, List<Article>> outlines = new LinkedHashMap<>();
        for (SiteLocale locale : locales) {
            outlines.put(locale.tag(), articleIds.stream().map(id -> loaded.outline(id, locale, problems)).toList());
        }
        problems.throwIfAny();
        times.end("outlines");
        BuildTime time = BuildTime.of(System.getenv(), project.contentDates());
        SiteInfo site = new SiteInfo(source, locales, config.baseUrl(), version, time.date(), config.reviewInterval());
        return loaded.with(outlines, site, time);
    }

    Built build(boolean remember) {
        long start = System.nanoTime();
        PhaseTimes times = new PhaseTimes();
        Problems problems = new Problems();
        LoadedSite loaded = load(remember, times, problems);
        SiteConfig config = loaded.project().config();
        SiteLocale source = loaded.project().source();
        List<SiteLocale> locales = loaded.locales();
        Map<String, Messages> messages = loaded.messages();
        PageTemplates templates = loaded.templates();
        List<Path> assets = loaded.assets();
        List<String> articleIds = loaded.articleIds();
        Map<String, List<Article>> outlines = loaded.outlines();
        SiteInfo site = loaded.site();
        BuildTime time = loaded.time();
        List<OfflineEdition> editions = OfflineEdition.all(source, locales);
        List<PageJob> written = new ArrayList<>();
        List<Download> downloadsOffered;
        try (StagedOutput staged = StagedOutput.begin(out)) {
            Path folder = staged.folder();
            Path work = folder.resolve(".offline");
            // The online pages link to the downloads page; its sizes come once the zips exist.
            SitePages online = new SitePages(site, messages, outlines,
                    Optional.of(new SitePages.Downloads(List.of(), time.date())));
            Map<OfflineEdition, SitePages> offline = new LinkedHashMap<>();
            editions.forEach(e -> offline.put(e, new SitePages(e.site(site), messages, outlines, Optional.empty())));

            // Each article's text is made once per locale and goes into every edition that has the
            // locale, then is dropped: memory holds the articles being rendered, not the site.
            List<Runnable> tasks = new ArrayList<>();
            for (SiteLocale locale : locales) {
                for (String id : articleIds) {
                    tasks.add(() -> {
                        Article article = loaded.article(id, locale);
                        GlossaryIndex index = GlossaryIndex.of(article.glossary(), locale);
                        List<PageJob> pages = online.articlePages(article, index);
                        render(pages, folder, templates, problems);
                        offline.forEach((edition, pagesOf) -> {
                            if (edition.locales().contains(locale)) {
                                render(pagesOf.articlePages(article, index), work.resolve(edition.name()), templates, problems);
                            }
                        });
                        synchronized (written) {
                            pages.forEach(p -> written.add(p.written()));
                        }
                    });
                }
            }
            tasks.parallelStream().forEach(Runnable::run);
            problems.throwIfAny();
            times.end("markdown, articles and pages");

            List<Download> downloads = new ArrayList<>();
            offline.entrySet().parallelStream().forEach(entry -> {
                OfflineEdition edition = entry.getKey();
                Path copy = work.resolve(edition.name());
                List<PageJob> frame = new ArrayList<>();
                edition.locales().forEach(l -> frame.addAll(entry.getValue().frame(l)));
                frame.addAll(entry.getValue().siteLevel());
                render(frame, copy, templates, problems);
                if (!problems.isEmpty()) return; // a page that failed to render would only add broken links
                AssetCopier.copy(siteRoot, assets, copy);
                List<PageJob> pages = new ArrayList<>(frame);
                synchronized (written) {
                    pages.addAll(written); // the article pages of a copy have the online site's paths and sources
                }
                checkLinks(copy, pages, problems);
                if (!problems.isEmpty()) return;
                Path zip = folder.resolve(edition.zipPath());
                ReproducibleZip.write(copy, edition.folderName(), time, zip);
                synchronized (downloads) {
                    downloads.add(new Download(edition.zipPath(), edition.locales(), size(zip)));
                }
            });
            problems.throwIfAny();
            StagedOutput.deleteTree(work);
            downloads.sort(java.util.Comparator.comparingInt(d -> editions.stream().map(OfflineEdition::zipPath).toList().indexOf(d.path())));
            times.end("offline copies");

            downloadsOffered = downloads;
            SitePages frameOnline = new SitePages(site, messages, outlines,
                    Optional.of(new SitePages.Downloads(downloads, time.date())));
            List<PageJob> frame = new ArrayList<>();
            locales.forEach(l -> frame.addAll(frameOnline.frame(l)));
            frame.addAll(frameOnline.siteLevel());
            render(frame, folder, templates, problems);
            problems.throwIfAny();
            frame.forEach(p -> written.add(p.written()));
            written.sort(java.util.Comparator.comparing(PageJob::path));
            config.baseUrl().ifPresent(url -> write(folder.resolve("sitemap.xml"), Sitemap.xml(url, written)));
            write(folder.resolve("robots.txt"), Sitemap.robots(config.baseUrl()));
            AssetCopier.copy(siteRoot, assets, folder);
            checkLinks(folder, written, problems);
            problems.throwIfAny();
            times.end("online pages and link check");
            staged.publish();
        }
        StatusReport.write(loaded.project().translationStatus(), out.getParent());
        times.end("publish and status report");
        return new Built(new BuildResult(out, locales.stream().map(SiteLocale::tag).toList(), written.size(),
                Duration.ofNanos(System.nanoTime() - start), times.describe()), loaded.withDownloads(downloadsOffered));
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

    /** Renders pages in parallel (both cores) into {@code folder}; template problems are collected. */
    static void render(List<PageJob> jobs, Path folder, PageTemplates templates, Problems problems) {
        jobs.parallelStream().forEach(job -> {
            try {
                write(folder.resolve(job.path()), templates.render(job.template(), job.values(), job.messages()));
            } catch (BuildFailedException e) {
                e.problems().forEach(problems::add);
            }
        });
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Broken links are reported at the Markdown line that wrote them, or else at the page's template. */
    private void checkLinks(Path folder, List<PageJob> jobs, Problems problems) {
        report(new LinkChecker(folder).checkAll(), jobs, problems);
    }

    /** Checks the links of these pages only (a preview's update). */
    void checkPages(Path folder, List<PageJob> jobs, Problems problems) {
        LinkChecker checker = new LinkChecker(folder);
        report(jobs.parallelStream().flatMap(j -> checker.check(folder.resolve(j.path())).stream()).toList(), jobs, problems);
    }

    private void report(List<BrokenLink> broken, List<PageJob> jobs, Problems problems) {
        Map<String, PageJob> byPath = new LinkedHashMap<>();
        jobs.forEach(j -> byPath.put(j.path(), j));
        for (BrokenLink link : broken) {
            PageJob job = byPath.get(link.page());
            Optional<Problem> inContent = job == null ? Optional.empty()
                    : job.sourceFiles().stream().distinct().map(file -> lineOf(file, link)).flatMap(Optional::stream).findFirst();
            problems.add(inContent.orElseGet(() -> new Problem(job == null ? link.page() : "templates/" + job.template(), 0,
                    "generated page " + link.page() + " has a link \"" + link.target() + "\" that " + link.reason())));
        }
    }

    private Optional<Problem> lineOf(String file, BrokenLink link) {
        String target = link.target();
        try {
            List<String> lines = Files.readAllLines(siteRoot.resolve(file), StandardCharsets.UTF_8);
            // The target as Markdown or HTML writes it: (target), "target", 'target' or =target.
            List<String> written = List.of("(" + target + ")", "(" + target + " ", "\"" + target + "\"", "'" + target + "'", "=" + target);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (written.stream().anyMatch(line::contains)) {
                    return Optional.of(new Problem(file, i + 1, "link \"" + target + "\" " + link.reason()
                            + "; link to an existing page (e.g. glossary.html) or section (e.g. #causes)"));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, String html) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
