package org.babelbake.site;

import org.babelbake.content.BundleImages;
import org.babelbake.content.PagesAndPosts;
import org.babelbake.locale.SiteLocale;
import org.babelbake.source.LineEndings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publishes the images kept beside an article's (or a page's) Markdown into its folder of one locale
 * ({@code <tag>/imnm/photo.png}), each as that locale's readers get it (its own version where it
 * has one), so that the pages' relative {@code src} find them online and in every offline copy.
 */
final class ArticleImages {
    private ArticleImages() {
    }

    /**
     * The content folders of the pages and posts that are folders ({@code about/index.md},
     * {@code news/opening/index.md}): their images are published with them, like an article's.
     */
    static List<String> pageBundles(PagesAndPosts extras, String sourceLocale) {
        List<String> files = new ArrayList<>();
        extras.pages(sourceLocale).forEach(p -> files.add(p.value().file()));
        extras.posts(sourceLocale).forEach(p -> files.add(p.value().file()));
        String prefix = "content/" + sourceLocale + "/";
        String index = "/index.md";
        return files.stream().filter(f -> f.startsWith(prefix) && f.endsWith(index))
                .map(f -> f.substring(prefix.length(), f.length() - index.length())).sorted().toList();
    }

    /** Copies the images of every page bundle for each of {@code locales} into {@code site}. */
    static void publishPages(BundleImages images, List<String> bundles, List<SiteLocale> locales, Path site) {
        for (SiteLocale locale : locales) {
            for (String bundle : bundles) publish(images, bundle, locale.tag(), site);
        }
    }

    /** Copies a bundle's images (an article's) for {@code locale} into {@code site}, a site folder (online or an offline copy). */
    static void publish(BundleImages images, String articleId, String locale, Path site) {
        for (Map.Entry<String, Path> image : images.inFolder(articleId, locale).entrySet()) {
            Path target = site.resolve(locale).resolve(image.getKey());
            try {
                Files.createDirectories(target.getParent());
                LineEndings.copy(image.getValue(), target); // SVG with LF, as assets: the same bytes from any checkout
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
