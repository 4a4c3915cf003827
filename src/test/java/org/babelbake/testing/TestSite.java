package org.babelbake.testing;

import org.babelbake.site.BuildResult;
import org.babelbake.site.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A copy of the real site project (copied to the test classpath by the Maven Resources Plugin)
 * in a temporary folder, to edit, build and read back.
 */
public final class TestSite {
    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** The project's own site, copied into {@code dir}. */
    public static TestSite copyOfProject(Path dir) {
        URL marker = TestSite.class.getResource("/site-project/jbake.properties");
        if (marker == null) throw new IllegalStateException("site-project missing from the test classpath; run through Maven");
        try {
            Path source = Path.of(marker.toURI()).getParent();
            copyTree(source, dir);
            return new TestSite(dir);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("target/site");
    }

    public BuildResult build() {
        return new SiteBuilder(root, out(), "test").build();
    }

    public TestSite write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite replace(String path, String from, String to) {
        String text = read(path);
        if (!text.contains(from)) throw new IllegalArgumentException(path + " does not contain " + from);
        return write(path, text.replace(from, to));
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder of the project with everything in it. */
    public TestSite deleteFolder(String path) {
        try {
            deleteTree(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every locale but the listed ones (translations and content), for small, fast sites. */
    public TestSite keepLocales(String... tags) {
        List<String> keep = List.of(tags);
        try (Stream<Path> files = Files.list(root.resolve("translations"))) {
            for (Path f : files.toList()) {
                String tag = f.getFileName().toString().replace(".properties", "");
                if (!keep.contains(tag)) Files.delete(f);
            }
            try (Stream<Path> folders = Files.list(root.resolve("content"))) {
                for (Path folder : folders.toList()) {
                    if (!keep.contains(folder.getFileName().toString())) deleteTree(folder);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document page(String path) {
        return parse(out().resolve(path));
    }

    public static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a folder with the SHA-256 of its bytes, to prove a folder unchanged. */
    public static Map<String, String> fingerprint(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.exists(folder)) return hashes;
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                hashes.put(folder.relativize(f).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
            return hashes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Path> htmlPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
