package org.babelbake.site;

import org.babelbake.bake.JBakeMarkdown;
import org.babelbake.bake.JBakeSettings;
import org.babelbake.bake.PageTemplates;
import org.babelbake.content.Article;
import org.babelbake.content.ArticleAssembler;
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
        long start = System.nanoTime();
        PhaseTimes times = new PhaseTimes();
        Problems problems = new Problems();
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

        ArticleAssembler assembler = new ArticleAssembler(project.tree(), source, new JBakeMarkdown(jbake, new HtmlSanitizer()));
        List<String> articleIds = assembler.articleIds(problems);
        Map<String, List<Article>> articles = new LinkedHashMap<>();
        locales.parallelStream().forEach(locale -> {
            List<Article> list = articleIds.stream()
                    .map(id -> ArticleText.link(assembler.assemble(id, locale, problems), externalLinks(messages.get(locale.tag()))))
                    .toList();
            synchronized (articles) {
                articles.put(locale.tag(), list);
            }
        });
        problems.throwIfAny();
        times.end("markdown and articles");

        BuildTime time = BuildTime.of(System.getenv(), project.contentDates());
        SiteInfo site = new SiteInfo(source, locales, config.baseUrl(), version, time.date(), config.reviewInterval());
        List<PageJob> jobs;
        try (StagedOutput staged = StagedOutput.begin(out)) {
            Path folder = staged.folder();
            // Offline copies first: their sizes go on the downloads pages of the online site.
            List<Download> downloads = new ArrayList<>();
            Path work = folder.resolve(".offline");
            for (OfflineEdition edition : OfflineEdition.all(source, locales)) {
                Path copy = work.resolve(edition.name());
                List<PageJob> copyJobs = new SitePages(edition.site(site), messages, articles, Optional.empty()).all();
                times.end("offline: page models");
                render(copyJobs, copy, templates, problems);
                problems.throwIfAny();
                AssetCopier.copy(siteRoot, assets, copy);
                times.end("offline: render");
                checkLinks(copy, copyJobs, problems);
                problems.throwIfAny();
                times.end("offline: check links");
                Path zip = folder.resolve(edition.zipPath());
                ReproducibleZip.write(copy, edition.folderName(), time, zip);
                times.end("offline: zip");
                downloads.add(new Download(edition.zipPath(), edition.locales(), size(zip)));
            }
            StagedOutput.deleteTree(work);

            jobs = new SitePages(site, messages, articles,
                    Optional.of(new SitePages.Downloads(downloads, time.date()))).all();
            times.end("page models");
            render(jobs, folder, templates, problems);
            problems.throwIfAny();
            times.end("render");
            config.baseUrl().ifPresent(url -> write(folder.resolve("sitemap.xml"), Sitemap.xml(url, jobs)));
            write(folder.resolve("robots.txt"), Sitemap.robots(config.baseUrl()));
            AssetCopier.copy(siteRoot, assets, folder);
            checkLinks(folder, jobs, problems);
            problems.throwIfAny();
            times.end("check links");
            staged.publish();
        }
        StatusReport.write(project.translationStatus(), out.getParent());
        times.end("publish and status report");
        return new BuildResult(out, locales.stream().map(SiteLocale::tag).toList(), jobs.size(),
                Duration.ofNanos(System.nanoTime() - start), times.describe());
    }

    private static ExternalLinks externalLinks(Messages messages) {
        LocalizedText note = messages.format("link.external");
        return new ExternalLinks(note.text(), note.language().tag(), note.language().dir());
    }

    /** Renders pages in parallel (both cores) into {@code folder}; template problems are collected. */
    private static void render(List<PageJob> jobs, Path folder, PageTemplates templates, Problems problems) {
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
        Map<String, PageJob> byPath = new LinkedHashMap<>();
        jobs.forEach(j -> byPath.put(j.path(), j));
        for (BrokenLink link : new LinkChecker(folder).checkAll()) {
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
