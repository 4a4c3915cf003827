package org.babelbake.site;

import org.babelbake.bake.PageTemplates;
import org.babelbake.html.BidiIsolation;
import org.babelbake.html.EditionMarks;
import org.babelbake.html.PageLinks;
import org.babelbake.page.PageJob;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.FileFailure;
import org.babelbake.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Renders pages with the site's templates and writes them under a folder. */
final class PageWriter {
    private PageWriter() {
    }

    /**
     * Renders pages in parallel (both cores) and writes them into {@code folder} as {@code edition}
     * has them; template problems are collected.
     *
     * @return the links and ids of each page written, by path
     */
    static Map<String, PageLinks> render(List<PageJob> jobs, Path folder, PageTemplates templates, EditionMarks.Scope edition,
                                         Problems problems) {
        Map<String, PageLinks> links = new ConcurrentHashMap<>();
        jobs.parallelStream().forEach(job -> render(job, templates, problems).ifPresent(page -> {
            write(folder.resolve(job.path()), page.bytesIn(edition));
            links.put(job.path(), page.links());
        }));
        return links;
    }

    /** The paths of the files under a folder, '/'-separated, as a site's pages link to them. */
    static List<String> filesIn(Path folder) {
        // The walk's own attributes tell files from folders: no second stat per file (thousands of pages).
        try (Stream<Path> walk = Files.find(folder, Integer.MAX_VALUE,
                (path, attributes) -> attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(path))) {
            return walk.map(f -> folder.relativize(f).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw FileFailure.of(folder, e);
        }
    }

    /**
     * Renders one page with its edition marks, parsed once. Pages with right-to-left text get
     * their left-to-right runs isolated (see BidiIsolation) in that parse.
     *
     * @return empty when the template failed; the problems are collected
     */
    static Optional<RenderedPage> render(PageJob job, PageTemplates templates, Problems problems) {
        try {
            String html = templates.render(job.template(), job.values(), job.messages());
            Document parsed = Jsoup.parse(html);
            if (BidiIsolation.needed(parsed)) html = BidiIsolation.page(parsed); // the marks are comments: they stay
            return Optional.of(new RenderedPage(job.path(), EditionMarks.split(html), parsed));
        } catch (BuildFailedException e) {
            e.problems().forEach(problems::add);
        } catch (IllegalArgumentException e) {
            problems.add("templates/" + job.template(), 0, "page " + job.path() + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Writes what {@code content} gives, through a buffer: for files of megabytes, never held whole. */
    static void write(Path file, Streamed content) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
    }

    /** A file's content as its maker writes it. */
    interface Streamed {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
