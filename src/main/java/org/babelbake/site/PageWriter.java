package org.babelbake.site;

import org.babelbake.bake.PageTemplates;
import org.babelbake.html.BidiIsolation;
import org.babelbake.page.PageJob;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.FileFailure;
import org.babelbake.problem.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Renders pages with the site's templates and writes them under a folder. */
final class PageWriter {
    private PageWriter() {
    }

    /**
     * Renders pages in parallel (both cores) into {@code folder}; template problems are collected.
     * Pages with right-to-left text get their left-to-right runs isolated (see BidiIsolation).
     */
    static void render(List<PageJob> jobs, Path folder, PageTemplates templates, Problems problems) {
        jobs.parallelStream().forEach(job -> {
            try {
                String html = templates.render(job.template(), job.values(), job.messages());
                write(folder.resolve(job.path()), BidiIsolation.needed(html) ? BidiIsolation.page(html) : html);
            } catch (BuildFailedException e) {
                e.problems().forEach(problems::add);
            }
        });
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
    }
}
