package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Checks every link, image, stylesheet and script of every page in a site folder the way a
 * browser does over {@code file://}: the target must be a file inside the site (a folder is
 * broken), and a {@code #fragment} must be an id in the target page. A build checks from what it
 * collected while making the pages ({@link #check(String, List, SiteFiles)}); a folder on disk is
 * checked by reading its pages.
 */
public final class LinkChecker {
    /** Where paths are resolved when a site is checked from what is known of it, not from a folder. */
    private static final Path KNOWN_ROOT = Path.of("/").toAbsolutePath().resolve("site");
    private final Path site;
    /** Pages that will replace some of the site's, kept apart until they pass; {@code null} when there are none. */
    private final Path changes;
    private final SiteFiles files;
    private final Targets targets = new Targets();

    public LinkChecker(Path site) {
        this(site, null);
    }

    private LinkChecker(Path site, Path changes) {
        this.site = site.toAbsolutePath().normalize();
        this.changes = changes == null ? null : changes.toAbsolutePath().normalize();
        this.files = new FolderFiles();
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
        try (Stream<Path> pages = Files.walk(site)) {
            return pages.filter(f -> f.toString().endsWith(".html")).sorted().parallel()
                    .flatMap(f -> check(f).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param page a page of the site, or of the changes when checking {@link #withChanges} */
    public List<BrokenLink> check(Path page) {
        Path actual = page.toAbsolutePath().normalize();
        // Links resolve from where the page will be served.
        Path served = changes != null && actual.startsWith(changes) ? site.resolve(changes.relativize(actual)) : actual;
        return check(site, served, PageLinks.of(parse(actual)).references(), files, targets);
    }

    /**
     * Checks one page of a site from what is known of it, reading nothing.
     *
     * @param page       the page's path in the site, e.g. {@code en/imnm/index.html}
     * @param references the page's references, as the edition being checked has them
     * @param targets    the targets parsed so far, shared by the pages (and editions) of one check
     */
    public static List<BrokenLink> check(String page, List<PageLinks.Reference> references, SiteFiles files, Targets targets) {
        return check(KNOWN_ROOT, KNOWN_ROOT.resolve(page), references, files, targets);
    }

    /**
     * Link targets parsed as URIs, each distinct target once: those that are not {@link PlainPath}s
     * (addresses of other sites, links with a {@code #fragment}), which pages share often.
     */
    public static final class Targets {
        /** A target's {@link URI}, or the {@link URISyntaxException} it gives. */
        private final Map<String, Object> parsed = new ConcurrentHashMap<>();

        private Object parse(String target) {
            return parsed.computeIfAbsent(target, t -> {
                try {
                    return new URI(t.strip());
                } catch (URISyntaxException e) {
                    return e;
                }
            });
        }
    }

    private static List<BrokenLink> check(Path root, Path served, List<PageLinks.Reference> references, SiteFiles files,
                                          Targets targets) {
        List<BrokenLink> broken = new ArrayList<>();
        String pageName = nameIn(root, served);
        for (PageLinks.Reference reference : references) {
            String reason = problemWith(root, served, pageName, reference, files, targets);
            if (reason != null) broken.add(new BrokenLink(pageName, reference.target(), reason));
        }
        return broken;
    }

    private static String problemWith(Path root, Path page, String pageName, PageLinks.Reference reference, SiteFiles files,
                                      Targets targets) {
        String target = reference.target();
        if (target.isBlank()) return "is empty";
        String plain = PlainPath.is(target) ? PlainPath.resolve(pageName, target) : null;
        if (plain != null) return problemWithFile(plain, null, files);
        Object parsed = targets.parse(target);
        if (parsed instanceof URISyntaxException e) {
            if (target.strip().contains(" ")) return "contains a space; write each space in a link as %20";
            return "is not a valid URL (" + e.getReason() + "); write special characters percent-encoded (%XX)";
        }
        URI uri = (URI) parsed;
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel")
                    || scheme.equals("sms")) {
                return null; // external: not checked offline
            }
            // An image or icon carried inside the page (the 404 page's icon); never a link to follow.
            if (scheme.equals("data") && (reference.element().equals("img") || reference.element().equals("link"))) return null;
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
        return problemWithFile(file.startsWith(root) ? nameIn(root, file) : null, uri.getFragment(), files);
    }

    /**
     * @param fileName the file a link leads to, '/'-separated from the site's root; null when it leaves the site
     * @param fragment its {@code #fragment}, or null
     */
    private static String problemWithFile(String fileName, String fragment, SiteFiles files) {
        if (fileName == null) return "points outside the site folder";
        if (files.isFolder(fileName)) return "points at a folder; link to the file (…/index.html) so it works from file://";
        if (!files.isFile(fileName)) return "points at a file that does not exist";
        if (fragment != null && !fragment.isEmpty() && fileName.endsWith(".html") && !files.ids(fileName).contains(fragment)) {
            return "points at #" + fragment + ", which is not an id in " + fileName;
        }
        return null;
    }

    private static String nameIn(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The site folder on disk, with the changes over it; each page's ids are read once. */
    private final class FolderFiles implements SiteFiles {
        private final Map<String, Set<String>> idsByPage = new ConcurrentHashMap<>();

        @Override
        public boolean isFile(String path) {
            return Files.isRegularFile(located(path));
        }

        @Override
        public boolean isFolder(String path) {
            return Files.isDirectory(located(path));
        }

        @Override
        public Set<String> ids(String page) {
            return idsByPage.computeIfAbsent(page, p -> PageLinks.of(parse(located(p))).idsIn(EditionMarks.Scope.ALL));
        }

        /** Where a file of the site is read: its changed version if there is one. */
        private Path located(String path) {
            if (changes != null) {
                Path changed = changes.resolve(path);
                if (Files.exists(changed)) return changed;
            }
            return site.resolve(path);
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
