package org.babelbake.quality;

import java.nio.file.Files;
import java.nio.file.Path;

/** The site that {@code mvn package} built, which the integration tests check as it will be published. */
final class BuiltSite {
    private BuiltSite() {
    }

    static Path folder() {
        String path = System.getProperty("babelbake.site");
        if (path == null) throw new IllegalStateException("babelbake.site is not set; run the integration tests through mvn verify");
        Path site = Path.of(path);
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException(site + " holds no built site; mvn package builds it before the integration tests");
        }
        return site;
    }
}
