package org.babelbake.translation;

import org.babelbake.content.ContentFile;
import org.babelbake.content.SourceVersion;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The old body-only stamps of source files ({@link SourceVersion#bodyOnlyStamp}), each made once:
 * making one reads the body again and hashes it, and every locale compares its translations with
 * the same sources (a site of 2,000 pages in 10 locales would otherwise read and hash them 9 times).
 */
final class BodyOnlyStamps {
    private final Map<Path, String> stamps = new HashMap<>();

    /** Whether {@code stamp} is the body-only stamp of {@code source} as it is now. */
    boolean matches(ContentFile source, String stamp) {
        return stamp.equals(stamps.computeIfAbsent(source.path(), path -> SourceVersion.bodyOnlyStamp(source)));
    }
}
