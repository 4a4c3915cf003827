package org.babelbake.site;

import org.babelbake.problem.FileFailure;
import org.babelbake.problem.Problems;
import org.babelbake.source.LineEndings;
import org.babelbake.source.SitePaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies {@code assets/} once into the site, text (CSS, JavaScript, SVG) with LF line ends and
 * anything else byte for byte; links that lead out of the project are refused.
 */
final class AssetCopier {
    static final String FOLDER = "assets";

    private AssetCopier() {
    }

    /** The asset files to copy, checked; problems for those that may not be copied. */
    static List<Path> list(Path siteRoot, Problems problems) {
        Path assets = siteRoot.resolve(FOLDER);
        if (!Files.isDirectory(assets)) return List.of();
        try (Stream<Path> walk = Files.walk(assets)) {
            Path realRoot = siteRoot.toRealPath();
            return walk.filter(p -> !Files.isDirectory(p)).sorted().filter(p -> {
                try {
                    if (!p.toRealPath().startsWith(realRoot)) {
                        problems.add(SitePaths.relativeName(siteRoot, p), 0,
                                "is a link to a file outside the project; copy the file into assets/ instead");
                        return false;
                    }
                    return !p.getFileName().toString().startsWith(".");
                } catch (IOException e) {
                    problems.add(SitePaths.relativeName(siteRoot, p), 0, "cannot be read: " + e.getMessage());
                    return false;
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path siteRoot, List<Path> files, Path site) {
        Path assets = siteRoot.resolve(FOLDER);
        for (Path file : files) {
            Path target = site.resolve(FOLDER).resolve(assets.relativize(file).toString());
            try {
                Files.createDirectories(target.getParent());
                LineEndings.copy(file, target);
            } catch (IOException e) {
                throw FileFailure.of(target, e);
            }
        }
    }
}
