package org.babelbake.site;

import org.babelbake.html.BrokenLink;
import org.babelbake.html.EditionMarks;
import org.babelbake.html.LinkChecker;
import org.babelbake.html.PageLinks;
import org.babelbake.html.KnownFiles;
import org.babelbake.page.PageJob;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the links of written pages and reports each broken one where it was written: at the
 * Markdown line of a content file that shows on the page, or else at the page's template.
 */
final class BrokenLinks {
    private final Path siteRoot;
    /** One parse per distinct link target for all the editions checked: they share most links. */
    private final LinkChecker.Targets targets = new LinkChecker.Targets();

    BrokenLinks(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /**
     * An edition's pages, from the links and ids collected while they were made: no page is read
     * again. {@code jobs} say where each page's text came from.
     *
     * @param pages every page of the edition, by path, with its links as rendered (with edition marks)
     * @param paths the path of every file of the edition, pages included
     * @param copy  the offline copy's zip name, or empty for the online site
     */
    void check(Map<String, PageLinks> pages, EditionMarks.Scope edition, Collection<String> paths, List<PageJob> jobs,
               Optional<String> copy, Problems problems) {
        KnownFiles files = new KnownFiles(paths, page -> pages.containsKey(page) ? pages.get(page).idsIn(edition) : Set.of());
        List<BrokenLink> broken = new TreeMap<>(pages).entrySet().parallelStream()
                .flatMap(page -> LinkChecker.check(page.getKey(), page.getValue().in(edition), files, targets).stream()).toList();
        report(broken, jobs, copy, problems);
    }

    /**
     * These pages only, written to {@code changes} and checked as if they had replaced their
     * counterparts in {@code site} (a preview's update, checked before it is served).
     */
    void checkChanges(Path site, Path changes, List<PageJob> jobs, Problems problems) {
        LinkChecker checker = LinkChecker.withChanges(site, changes);
        report(jobs.parallelStream().flatMap(j -> checker.check(changes.resolve(j.path())).stream()).toList(), jobs,
                Optional.empty(), problems);
    }

    /**
     * A broken link in Markdown is reported at its line (the same in every edition, so the copy is
     * not named); one made by a template is reported once, with the number of pages that have it
     * (a template makes it on every page it renders); one made in Markdown at its line.
     */
    private void report(List<BrokenLink> broken, List<PageJob> jobs, Optional<String> copy, Problems problems) {
        Map<String, PageJob> byPath = new LinkedHashMap<>();
        jobs.forEach(j -> byPath.put(j.path(), j));
        String where = copy.map(name -> " of the offline copy " + name).orElse("");
        Map<String, List<BrokenLink>> byTemplate = new LinkedHashMap<>();
        for (BrokenLink link : broken) {
            PageJob job = byPath.get(link.page());
            Optional<Problem> inContent = job == null ? Optional.empty()
                    : job.sourceFiles().stream().distinct().map(file -> lineOf(file, link)).flatMap(Optional::stream).findFirst();
            if (inContent.isPresent()) problems.add(inContent.get());
            else byTemplate.computeIfAbsent((job == null ? link.page() : "templates/" + job.template()) + "\n" + link.reason(),
                    k -> new ArrayList<>()).add(link);
        }
        byTemplate.forEach((key, links) -> {
            BrokenLink first = links.get(0);
            String more = links.size() == 1 ? "" : "; " + (links.size() - 1) + " more links on other pages fail the same way";
            // An offline copy has fewer pages: a link only the online site or some languages can have must say so.
            String hint = copy.isEmpty() ? "" : "; a part only the online site or some languages have goes inside"
                    + " <@layout.only \"online\"> or <@layout.only \"lang:TAG\"> (see templates/layout.ftl)";
            problems.add(new Problem(key.substring(0, key.indexOf('\n')), 0, "generated page " + first.page() + where
                    + " has a link \"" + first.target() + "\" that " + first.reason() + more + hint));
        });
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
}
