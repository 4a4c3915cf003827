package org.babelbake.site;

import org.babelbake.bake.PageTemplates;
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

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
    }
}
