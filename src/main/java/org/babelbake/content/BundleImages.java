package org.babelbake.content;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Images kept beside the Markdown that shows them ({@code content/en/imnm/photo.png}), published
 * into the same folder as the page. A language may have its own version, named with its tag
 * ({@code photo.ar.png}) in its own folder or the source's; readers of that language get it under
 * the plain name, so the Markdown links {@code photo.png} in every language.
 */
public final class BundleImages {
    /** The kinds of image a page may show, as the error messages name them. */
    public static final String EXTENSIONS = ".png, .jpg, .jpeg, .gif, .svg";
    private static final Set<String> SHOWN = Set.of("png", "jpg", "jpeg", "gif", "svg");
    private final ContentTree tree;
    private final String sourceLocale;

    public BundleImages(ContentTree tree, String sourceLocale) {
        this.tree = tree;
        this.sourceLocale = sourceLocale;
    }

    /** Whether a file in {@code content/} is an image (shown or refused), rather than a stray file. */
    static boolean isImage(String fileName) {
        String ext = extension(fileName);
        return SHOWN.contains(ext) || ext.equals("webp");
    }

    /** Why an image file cannot be published, or null. */
    static String problemWith(String fileName) {
        if (extension(fileName).equals("webp")) {
            return "WebP images are not supported (Babelbake cannot read their size for width and height); "
                    + "save it as PNG or JPEG beside the Markdown instead";
        }
        return null;
    }

    /**
     * The file readers of {@code locale} see for the image at {@code relPath} (its plain name, inside
     * the locale folder): the locale's own version first, then the plain image.
     */
    public Optional<Path> find(String relPath, String locale) {
        String variant = variantName(relPath, locale);
        for (String name : new String[] {variant, relPath}) {
            Path own = tree.images(locale).get(name);
            if (own != null) return Optional.of(own);
            Path source = tree.images(sourceLocale).get(name);
            if (source != null) return Optional.of(source);
        }
        return Optional.empty();
    }

    /** Whether a plain image (not only a language's version) exists for {@code relPath} in the source or the file's locale. */
    public boolean exists(String relPath, String fileLocale) {
        return tree.images(sourceLocale).containsKey(relPath) || tree.images(fileLocale).containsKey(relPath);
    }

    /** Every image under a folder (an article's) as {@code locale}'s readers get it: plain path to file, in order. */
    public SortedMap<String, Path> inFolder(String folder, String locale) {
        SortedMap<String, Path> shown = new TreeMap<>();
        for (String tag : new String[] {sourceLocale, locale}) {
            tree.images(tag).subMap(folder + "/", folder + "/\uffff").keySet().forEach(relPath -> {
                String plain = plainName(relPath);
                if (plain != null && exists(plain, locale)) find(plain, locale).ifPresent(file -> shown.put(plain, file));
            });
        }
        return shown;
    }

    /** {@code imnm/photo.ar.png} for {@code imnm/photo.png} and ar. */
    static String variantName(String relPath, String locale) {
        int dot = relPath.lastIndexOf('.');
        return relPath.substring(0, dot) + "." + locale + relPath.substring(dot);
    }

    /** The plain name of an image file ({@code photo.png} for {@code photo.ar.png}), or null when it is not one of a site's images. */
    private String plainName(String relPath) {
        int dot = relPath.lastIndexOf('.');
        int slash = relPath.lastIndexOf('/');
        if (dot <= slash) return null;
        String stem = relPath.substring(0, dot);
        int tagDot = stem.lastIndexOf('.');
        if (tagDot > slash && tree.locales().contains(stem.substring(tagDot + 1))) {
            return stem.substring(0, tagDot) + relPath.substring(dot);
        }
        return relPath;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
