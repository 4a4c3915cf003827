package org.babelbake.site;

import org.babelbake.page.PagePaths;
import org.babelbake.page.SelfContained;
import org.babelbake.problem.FileFailure;
import org.babelbake.problem.Problems;
import org.babelbake.source.LineEndings;
import org.babelbake.source.SitePaths;
import org.babelbake.theme.AssetFile;
import org.babelbake.theme.BuiltInTheme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Copies {@code assets/} once into the site, text (CSS, JavaScript, SVG) with LF line ends and
 * anything else byte for byte; links that lead out of the project are refused. The site's own
 * files come first; each built-in theme asset the site has no file for is copied too.
 */
final class AssetCopier {
    static final String FOLDER = "assets";

    private AssetCopier() {
    }

    /** The asset files to copy, the site's (checked) over the theme's, in name order; problems for those that may not be copied. */
    static List<AssetFile> list(Path siteRoot, Problems problems) {
        Map<String, AssetFile> files = new TreeMap<>();
        Path assets = siteRoot.resolve(FOLDER);
        for (Path own : siteFiles(siteRoot, problems)) {
            String name = assets.relativize(own).toString().replace('\\', '/');
            files.put(name, new AssetFile(name, own));
        }
        BuiltInTheme.assets().forEach(builtIn -> files.putIfAbsent(builtIn.name(), builtIn));
        return List.copyOf(files.values());
    }

    private static List<Path> siteFiles(Path siteRoot, Problems problems) {
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

    /**
     * The style sheet and icon for the 404 page to carry inside ({@code site.css} as copied, the
     * site's own or else the built-in one, and {@code site.favicon} when it is an SVG; either may be missing).
     */
    static SelfContained inline(List<AssetFile> assets, Optional<String> favicon, Problems problems) {
        Optional<Path> css = named(assets, "site.css");
        // Only an SVG can be inlined as text; a PNG or ICO icon is left off the 404 page.
        Optional<Path> icon = favicon.filter(f -> f.endsWith(".svg") && f.startsWith(FOLDER + "/"))
                .flatMap(f -> named(assets, f.substring(FOLDER.length() + 1)));
        try {
            // Line ends as the copied assets have them, so a CRLF checkout builds the same page and hash.
            String style = css.isPresent() ? LineEndings.toLf(new String(Files.readAllBytes(css.get()), StandardCharsets.UTF_8)) : "";
            byte[] svg = icon.isPresent() ? LineEndings.toLf(Files.readAllBytes(icon.get())) : new byte[0];
            return SelfContained.of(style, svg);
        } catch (IllegalArgumentException e) {
            problems.add(PagePaths.STYLESHEET, 0, e.getMessage() + "; the 404 page carries it inside a <style> element");
            return SelfContained.of("", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> named(List<AssetFile> assets, String name) {
        return assets.stream().filter(a -> a.name().equals(name)).map(AssetFile::file).findFirst();
    }

    static void copy(Path siteRoot, List<AssetFile> files, Path site) {
        for (AssetFile file : files) {
            Path target = site.resolve(FOLDER).resolve(file.name());
            try {
                Files.createDirectories(target.getParent());
                // New files, not copies of the sources' modes: a 0600 asset is published readable like
                // every file the build writes (0666 less the umask, 0644 under umask 022).
                LineEndings.copy(file.file(), target);
            } catch (IOException e) {
                throw FileFailure.of(target, e);
            }
        }
    }
}
