package org.babelbake.theme;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to copy into the site's {@code assets/}: its path there (forward slashes) and where it
 * comes from, the site's own {@code assets/} or the built-in theme.
 */
public record AssetFile(String name, Path file) {
    public AssetFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\")) throw new IllegalArgumentException("asset name: " + name);
    }
}
