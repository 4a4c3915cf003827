package org.babelbake.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The built site's offline copies, unzipped as a reader would, for checks of the pages only they have. */
final class OfflineCopy {
    private OfflineCopy() {
    }

    /** @return the folder each zip unpacks into, in the order of the zips' names */
    static List<Path> unzipAll(Path dir) throws IOException {
        List<Path> zips;
        try (Stream<Path> files = Files.list(BuiltSite.folder().resolve("downloads"))) {
            zips = files.filter(f -> f.toString().endsWith(".zip")).sorted().toList();
        }
        List<Path> folders = new ArrayList<>();
        for (Path zip : zips) {
            try (ZipFile file = new ZipFile(zip.toFile())) {
                for (ZipEntry entry : Collections.list(file.entries())) {
                    Path target = dir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(dir)) throw new IOException("zip entry escapes: " + entry.getName());
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
            folders.add(dir.resolve(zip.getFileName().toString().replace(".zip", "")));
        }
        return folders;
    }
}
