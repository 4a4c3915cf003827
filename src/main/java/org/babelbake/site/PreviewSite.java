package org.babelbake.site;

import org.babelbake.content.Article;
import org.babelbake.content.ContentFile;
import org.babelbake.content.ContentFileReader;
import org.babelbake.locale.SiteLocale;
import org.babelbake.page.PageJob;
import org.babelbake.page.SitePages;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problems;
import org.babelbake.translation.StatusReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The site as {@code serve} keeps it: after a full build, an edit to existing Markdown files
 * re-renders only the pages that show them, the changed articles in every locale (a source edit
 * changes what the translations say about it) and the home pages (which list the titles). Any
 * other change (a new or deleted file, templates, translations, assets, settings) is a full build.
 * Offline copies are made by full builds only; a preview does not need them fresh. Nothing
 * unchecked is served: an update renders and checks its pages in a staging folder and moves
 * them into the served folder only when they pass, holding the output's {@link OutputLock}.
 */
public final class PreviewSite {
    private final SiteBuilder builder;
    private final Path root;
    private final Path out;
    private LoadedSite loaded;
    private Update lastPublished;

    /**
     * What an update did: the pages written, whether it was a full build, the changed files it
     * was for (empty for a full build) and when it was published.
     */
    public record Update(boolean full, int pages, Duration took, String changed, Instant published) {
    }

    public PreviewSite(Path root, Path out, String version) {
        this(root, out, version, OutputLock.WhenBusy.WAIT);
    }

    /** @param whenBusy what an update does when another build of the same output holds its lock */
    public PreviewSite(Path root, Path out, String version, OutputLock.WhenBusy whenBusy) {
        this.root = root.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.builder = new SiteBuilder(this.root, this.out, version, whenBusy);
    }

    /** The last update that passed its checks and was published, which is what the output folder holds; none before the first. */
    public Optional<Update> lastPublished() {
        return Optional.ofNullable(lastPublished);
    }

    /**
     * @param changed the files that changed; empty when unknown (then everything is rebuilt)
     * @throws BuildFailedException with the problems found; the next update is then a full build
     */
    public Update update(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            Optional<Update> partial = loaded == null ? Optional.empty() : partial(changed, start);
            if (partial.isPresent()) return lastPublished = partial.get();
            SiteBuilder.Built built = builder.build(true);
            loaded = built.site();
            return lastPublished = new Update(true, built.result().pages(), built.result().took(), "", Instant.now());
        } catch (RuntimeException e) {
            loaded = null;
            throw e;
        }
    }

    /**
     * Brings the translation status report up to date after an update; the pages do not wait for
     * it (a full build writes it itself).
     */
    public void writeStatus() {
        LoadedSite current = loaded;
        if (current == null) return;
        try (OutputLock lock = builder.lock()) {
            StatusReport.write(current.project().translationStatus(), out.getParent());
        }
    }

    /** The site with the changed files read again, the articles they belong to and their names. */
    private record Reread(LoadedSite site, Set<String> articles, List<String> names) {
    }

    private Optional<Update> partial(Set<Path> changed, long start) {
        Problems problems = new Problems();
        Optional<Reread> reread = reread(changed, problems);
        if (reread.isEmpty()) return Optional.empty();
        LoadedSite next = reread.get().site();
        Set<String> articles = reread.get().articles();
        List<String> names = reread.get().names();

        Map<String, List<Article>> outlines = new LinkedHashMap<>();
        for (SiteLocale locale : next.locales()) {
            LoadedSite current = next;
            outlines.put(locale.tag(), next.outlines().get(locale.tag()).stream()
                    .map(a -> articles.contains(a.id()) ? current.outline(a.id(), locale, problems) : a).toList());
        }
        problems.throwIfAny();
        LoadedSite updated = next.with(outlines, next.site(), next.time());
        SitePages online = new SitePages(updated.site(), updated.messages(), outlines, updated.extras(),
                new SitePages.Online(updated.downloads(), updated.time().date()));
        List<PageJob> jobs = new ArrayList<>();
        // Home pages list the articles' titles, which only an article's own file gives.
        if (names.stream().anyMatch(n -> n.endsWith("/index.md"))) {
            for (SiteLocale locale : updated.locales()) jobs.addAll(online.frame(locale));
        }
        List<PageJob> articlePages = updated.locales().parallelStream()
                .flatMap(locale -> articles.stream().flatMap(id -> online.articlePages(updated.article(id, locale, problems)).stream()))
                .toList();
        jobs.addAll(articlePages);
        try (OutputLock lock = builder.lock(); StagedOutput staged = StagedOutput.begin(lock)) {
            PageWriter.render(jobs, staged.folder(), updated.templates(), updated.online(), problems);
            problems.throwIfAny();
            // Templates did not change: only the pages that show a changed file can have new broken links.
            new BrokenLinks(root).checkChanges(out, staged.folder(),
                    jobs.stream().filter(j -> j.sourceFiles().stream().anyMatch(names::contains)).toList(), problems);
            problems.throwIfAny();
            staged.publishFiles();
        }
        loaded = updated;
        return Optional.of(new Update(false, jobs.size(), Duration.ofNanos(System.nanoTime() - start), String.join(", ", names),
                Instant.now()));
    }

    /**
     * Reads the changed files again, if all of them are existing Markdown files of an article that
     * keep their type; otherwise nothing, and the caller builds everything.
     */
    private Optional<Reread> reread(Set<Path> changed, Problems problems) {
        if (changed.isEmpty()) return Optional.empty();
        LoadedSite next = loaded;
        Set<String> articles = new TreeSet<>();
        List<String> names = new ArrayList<>();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            Path rel = root.relativize(file);
            if (rel.getNameCount() < 3 || !rel.getName(0).toString().equals("content") || !file.toString().endsWith(".md")) {
                return Optional.empty();
            }
            String tag = rel.getName(1).toString();
            String relPath = rel.subpath(2, rel.getNameCount()).toString().replace('\\', '/');
            ContentFile before = next.project().tree().files(tag).get(relPath);
            if (before == null || !Files.isRegularFile(file) || !relPath.contains("/")) return Optional.empty();
            ContentFile after = ContentFileReader.read(root, file, tag, next.project().source().tag(), relPath, problems);
            problems.throwIfAny();
            if (after == null || after.type() != before.type() || !after.required("status").equals("published")) {
                return Optional.empty();
            }
            String articleId = relPath.substring(0, relPath.indexOf('/'));
            if (!next.articleIds().contains(articleId)) return Optional.empty();
            next = next.withProject(new SiteProject(root, next.project().config(), next.project().source(),
                    next.project().translationFiles(), next.project().tree().with(after)));
            articles.add(articleId);
            names.add(after.name());
        }
        return Optional.of(new Reread(next, articles, names));
    }
}
