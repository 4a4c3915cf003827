package org.babelbake.source;

import java.nio.file.Path;

/** Names for paths of the site project as people read them in messages: relative, forward slashes. */
public final class SitePaths {
    private SitePaths() {
    }

    public static String relativeName(Path siteRoot, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = siteRoot.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
