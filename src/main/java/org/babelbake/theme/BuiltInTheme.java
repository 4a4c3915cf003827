package org.babelbake.theme;

import org.babelbake.source.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The templates, assets and UI strings inside the Babelbake jar: what a site has not got itself.
 * The build copies them from the repository's own {@code templates/}, {@code assets/} and
 * {@code translations/} into the class path under {@link #RESOURCE_ROOT}; a site overrides any
 * single file by having it at the same path (site first, then the theme, as in Hugo and JBake).
 */
public final class BuiltInTheme {
    /** The theme's folder on the class path. */
    public static final String RESOURCE_ROOT = "org/babelbake/theme/";
    /** Prefix of built-in file names in messages, so a problem never seems to be in the site's own file. */
    public static final String NAME_PREFIX = "(built-in) ";

    private BuiltInTheme() {
    }

    /** The theme's templates folder on the class path, for a class-path template loader restricted to it. */
    public static String templatesResource() {
        return RESOURCE_ROOT + "templates";
    }

    /** Every built-in asset, in name order. */
    public static List<AssetFile> assets() {
        Optional<Path> root = Root.PATH;
        if (root.isEmpty()) return List.of();
        Path folder = root.get().resolve("assets");
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<AssetFile> assets = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith(".") && !name.contains("/.")) assets.add(new AssetFile(name, file));
            }
            assets.sort((a, b) -> a.name().compareTo(b.name()));
            return List.copyOf(assets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UI strings the jar ships for a locale, named {@code (built-in) translations/<tag>.properties}. */
    public static Optional<SourceText> translations(String tag) {
        Optional<Path> root = Root.PATH;
        if (root.isEmpty()) return Optional.empty();
        Path file = root.get().resolve("translations").resolve(tag + ".properties");
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Optional.of(new SourceText(NAME_PREFIX + "translations/" + tag + ".properties", text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tags of the locales the jar ships UI strings for, in tag order. */
    public static List<String> locales() {
        Optional<Path> root = Root.PATH;
        if (root.isEmpty() || !Files.isDirectory(root.get().resolve("translations"))) return List.of();
        try (Stream<Path> list = Files.list(root.get().resolve("translations"))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The theme as a read-only folder, opened once per JVM: a folder of the class path while
     * developing, a folder inside the jar once packaged. Empty when the build did not copy it.
     */
    private static final class Root {
        static final Optional<Path> PATH = open();

        private static Optional<Path> open() {
            try {
                Path location = Path.of(BuiltInTheme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path root;
                if (Files.isDirectory(location)) {
                    root = location.resolve(RESOURCE_ROOT);
                } else {
                    FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null);
                    root = jar.getPath("/" + RESOURCE_ROOT);
                }
                return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException | SecurityException e) {
                return Optional.empty();
            }
        }
    }
}
