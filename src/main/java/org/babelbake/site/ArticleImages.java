package org.babelbake.site;

import org.babelbake.content.BundleImages;
import org.babelbake.source.LineEndings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Publishes the images kept beside an article's Markdown into the article's folder of one locale
 * ({@code <tag>/imnm/photo.png}), each as that locale's readers get it (its own version where it
 * has one), so that the pages' relative {@code src} find them online and in every offline copy.
 */
final class ArticleImages {
    private ArticleImages() {
    }

    /** Copies the article's images for {@code locale} into {@code site}, a site folder (online or an offline copy). */
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
