package org.babelbake.content;

import org.babelbake.html.ImageTags;
import org.babelbake.image.ImageSize;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the images of one content file lead for the readers of one locale: an image beside the
 * Markdown ({@code photo.png}, published with the page, the locale's own version first) or one in
 * {@code assets/} linked relative to the page ({@code ../../assets/photo.png}). Anything else is
 * refused with the address that would work.
 */
final class ImageSources implements ImageTags.Resolver {
    private static final String ASSETS = "assets/";
    private final ContentFile file;
    private final String locale;
    private final BundleImages images;
    /** The page's output folder inside the locale's ({@code imnm}, {@code about}, {@code news/opening}). */
    private final String pageFolder;
    /** The content folder whose images are published with the page, or null when the page has none (a flat {@code about.md}). */
    private final String bundleFolder;

    /**
     * @param pageFolder   where the page is written, inside the locale's folder
     * @param bundleFolder the content folder published with the page (the page's own), or null for a flat page file
     */
    ImageSources(ContentFile file, String locale, BundleImages images, String pageFolder, String bundleFolder) {
        this.file = file;
        this.locale = locale;
        this.images = images;
        this.pageFolder = pageFolder;
        this.bundleFolder = bundleFolder;
    }

    @Override
    public ImageTags.Target resolve(String src) throws ImageTags.RefusedException {
        String written = src.strip();
        if (written.isEmpty()) throw refused(written, "has no address; write the image's file name, e.g. ![alt](photo.png)");
        URI uri;
        try {
            uri = new URI(written);
        } catch (URISyntaxException e) {
            throw refused(written, "is not a valid address (" + e.getReason() + "); write the file name, e.g. ![alt](photo.png)");
        }
        if (uri.getScheme() != null || written.startsWith("//")) {
            throw refused(written, "is on another site: it would not show in the offline copies and tells that site who "
                    + "reads the page; save the image beside this Markdown file and write its name, e.g. ![alt](photo.png)");
        }
        String path = URLDecoder.decode(uri.getRawPath() == null ? "" : uri.getRawPath(), StandardCharsets.UTF_8);
        if (path.startsWith("/")) {
            throw refused(written, "is root-relative and breaks under a sub-path and from file://; " + suggestion(path));
        }
        String bundlePath = normalize(file.folder(), path);
        if (bundlePath != null && images.exists(bundlePath, file.locale())) {
            if (bundleFolder == null) {
                throw refused(written, "is beside a page file, which publishes no images; make the page a folder: move "
                        + file.name() + " to content/" + file.locale() + "/" + pageFolder + "/index.md and the image beside it");
            }
            if (!bundlePath.startsWith(bundleFolder + "/")) {
                throw refused(written, "is outside this page's folder (content/" + file.locale() + "/" + bundleFolder
                        + "/) and is not published with it; move the image into that folder");
            }
            Path shown = images.find(bundlePath, locale).orElseThrow();
            // The address from the page's folder: the same name for a section, glossary/x.png for a term's image.
            return target(bundlePath.substring(bundleFolder.length() + 1), shown, relativeName(shown));
        }
        // Not beside the Markdown: relative to the page, e.g. ../../assets/photo.png from <tag>/<article>/index.html.
        String fromSite = normalize(locale + "/" + pageFolder, path);
        if (fromSite == null) {
            throw refused(written, "points outside the site folder, which no reader can open; " + suggestion(path));
        }
        if (fromSite.startsWith(ASSETS)) {
            Path asset = file.siteRoot().resolve(fromSite);
            if (Files.isRegularFile(asset)) return target(written, asset, fromSite);
            throw refused(written, "points at a file that does not exist (" + fromSite + "); put the image beside this "
                    + "Markdown file and write ![alt](" + fileName(path) + "), or add it to assets/");
        }
        throw refused(written, "points at a file that does not exist; " + suggestion(path));
    }

    private ImageTags.Target target(String src, Path shown, String name) throws ImageTags.RefusedException {
        try {
            ImageSize size = ImageSize.of(shown);
            return new ImageTags.Target(src, size.width(), size.height());
        } catch (ImageSize.UnreadableImageException e) {
            throw new ImageTags.RefusedException("image " + name + " " + e.getMessage());
        }
    }

    /** The address that works for a name written root-relative, in the wrong folder or misspelt. */
    private String suggestion(String path) {
        int inAssets = path.lastIndexOf(ASSETS);
        String name = inAssets >= 0 ? path.substring(inAssets + ASSETS.length()) : fileName(path);
        String beside = "put " + fileName(path) + " beside this Markdown file (content/" + file.locale() + "/"
                + (file.folder().isEmpty() ? "" : file.folder() + "/") + ") and write ![alt](" + fileName(path) + ")";
        // The page is <tag>/<pageFolder>/index.html: one step up per folder, and one for the locale's.
        String up = "../".repeat(1 + pageFolder.split("/").length);
        if (Files.isRegularFile(file.siteRoot().resolve(ASSETS + name))) {
            return "write " + up + ASSETS + name + " (assets/ relative to the page) or " + beside;
        }
        return beside + ", or add it to assets/ and write " + up + ASSETS + name;
    }

    private String relativeName(Path shown) {
        return file.siteRoot().relativize(shown).toString().replace('\\', '/');
    }

    private ImageTags.RefusedException refused(String src, String what) {
        return new ImageTags.RefusedException("image \"" + src + "\" " + what);
    }

    /** {@code base/path} without {@code .} and {@code ..} steps, or null when it climbs above the base's root. */
    static String normalize(String base, String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        String joined = base.isEmpty() ? path : base + "/" + path;
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "photo.png" : name;
    }
}
