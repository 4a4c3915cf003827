package org.babelbake.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageWriterTest {
    @TempDir
    Path root;

    @Test
    void filesUnderAFolderAreListedAsPagesLinkToThemFoldersAreNot() throws Exception {
        Path site = Files.createDirectories(root.resolve("site"));
        Files.createDirectories(site.resolve("en/imnm"));
        Files.createDirectories(site.resolve("empty/inner"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("en/imnm/index.html"), "article");
        Files.writeString(site.resolve("en/imnm/photo.png"), "png");
        Path elsewhere = Files.writeString(root.resolve("elsewhere.css"), "css");
        Files.createSymbolicLink(site.resolve("en/linked.css"), elsewhere);
        Files.createSymbolicLink(site.resolve("en/linked-folder"), site.resolve("empty"));

        assertEquals(List.of("en/imnm/index.html", "en/imnm/photo.png", "en/linked.css", "index.html"),
                PageWriter.filesIn(site).stream().sorted().toList());
    }
}
