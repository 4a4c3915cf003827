package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Checks every link, image, stylesheet and script of every page in a site folder the way a
 * browser does over {@code file://}: the target must be a file inside the site (a folder is
 * broken), and a {@code #fragment} must be an id in the target page.
 */
public final class LinkChecker {
    private static final String REFERENCES = "a[href], area[href], link[href], img[src], script[src], source[src], "
            + "iframe[src], video[src], audio[src]";
    private final Path site;
    /** Pages that will replace some of the site's, kept apart until they pass; {@code null} when there are none. */
    private final Path changes;
    private final Map<Path, Set<String>> idsByPage = new ConcurrentHashMap<>();

    public LinkChecker(Path site) {
        this(site, null);
    }

    private LinkChecker(Path site, Path changes) {
        this.site = site.toAbsolutePath().normalize();
        this.changes = changes == null ? null : changes.toAbsolutePath().normalize();
    }

    /**
     * Checks pages written to {@code changes} (a folder laid out like the site) as if they had
     * replaced their counterparts in {@code site}: every target is looked up in {@code changes}
     * first, then in {@code site}. So a preview can check new pages before it serves them.
     */
    public static LinkChecker withChanges(Path site, Path changes) {
        return new LinkChecker(site, changes);
    }

    /** Every broken reference in every HTML page under the site folder. */
    public List<BrokenLink> checkAll() {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().parallel()
                    .flatMap(f -> check(f).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param page a page of the site, or of the changes when checking {@link #withChanges} */
    public List<BrokenLink> check(Path page) {
        Document document = parse(page);
        Path actual = page.toAbsolutePath().normalize();
        idsByPage.putIfAbsent(actual, idsOf(document)); // parsed once, not again as a target
        // Links resolve from where the page will be served.
        Path served = changes != null && actual.startsWith(changes) ? site.resolve(changes.relativize(actual)) : actual;
        List<BrokenLink> broken = new ArrayList<>();
        String pageName = site.relativize(served).toString().replace('\\', '/');
        for (Element element : document.select(REFERENCES)) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String target = element.attr(attribute);
            String reason = problemWith(served, target, element);
            if (reason != null) broken.add(new BrokenLink(pageName, target, reason));
        }
        return broken;
    }

    private String problemWith(Path page, String target, Element element) {
        if (target.isBlank()) return "is empty";
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (URISyntaxException e) {
            if (target.strip().contains(" ")) return "contains a space; write each space in a link as %20";
            return "is not a valid URL (" + e.getReason() + "); write special characters percent-encoded (%XX)";
        }
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel")
                    || scheme.equals("sms")) {
                return null; // external: not checked offline
            }
            // An image or icon carried inside the page (the 404 page's icon); never a link to follow.
            if (scheme.equals("data") && (element.normalName().equals("img") || element.normalName().equals("link"))) return null;
            return "uses the " + scheme + ": scheme; only http, https, mailto, tel and sms links leave the site";
        }
        if (target.startsWith("//")) return "is protocol-relative and does not work from file://; write https://...";
        if (target.startsWith("/")) return "is root-relative and breaks under a sub-path and from file://; write a relative link";
        // A URI path, not a form value: %XX is decoded as UTF-8 and + stays a plus (URLDecoder would make it a space).
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path file;
        try {
            file = path.isEmpty() ? page : page.getParent().resolve(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return "is not a possible file name (" + e.getReason() + "); link to a file of the site";
        }
        if (!file.startsWith(site)) return "points outside the site folder";
        String fileName = site.relativize(file).toString().replace('\\', '/');
        file = located(file);
        if (Files.isDirectory(file)) return "points at a folder; link to the file (…/index.html) so it works from file://";
        if (!Files.isRegularFile(file)) return "points at a file that does not exist";
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")
                && !ids(file).contains(fragment)) {
            return "points at #" + fragment + ", which is not an id in " + fileName;
        }
        return null;
    }

    /** Where a file of the site is read: its changed version if there is one. */
    private Path located(Path file) {
        if (changes == null) return file;
        Path changed = changes.resolve(site.relativize(file).toString());
        return Files.exists(changed) ? changed : file;
    }

    private Set<String> ids(Path file) {
        return idsByPage.computeIfAbsent(file.toAbsolutePath().normalize(), f -> idsOf(parse(f)));
    }

    private static Set<String> idsOf(Document document) {
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> ids.add(e.id()));
        document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return ids;
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
