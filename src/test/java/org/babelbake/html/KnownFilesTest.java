package org.babelbake.html;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A folder is any path some file is under; a file is only a path written. */
class KnownFilesTest {
    private static final List<String> FILES = List.of("index.html", "en/index.html", "en/imnm/index.html",
            "en/imnm/glossary.html", "assets/style.css", "downloads/site-en.zip", "en-GB/x.html");
    private final KnownFiles known = new KnownFiles(FILES, page -> Set.of("top"));

    @Test
    void foldersAreThePathsFilesAreUnder() {
        for (String folder : List.of("", "en", "en/", "en/imnm", "en/imnm/", "assets", "downloads/", "en-GB")) {
            assertTrue(known.isFolder(folder), folder);
        }
        for (String notFolder : List.of("e", "en/imn", "imnm", "en/imnm/index.html", "assets/style", "fr", "en-", "en/imnm//")) {
            assertFalse(known.isFolder(notFolder), notFolder);
        }
    }

    @Test
    void filesAreExactlyThePathsWritten() {
        FILES.forEach(file -> assertTrue(known.isFile(file), file));
        for (String notFile : List.of("", "en", "en/", "en/imnm", "en/imnm/index", "EN/index.html", "en/imnm/index.html/")) {
            assertFalse(known.isFile(notFile), notFile);
        }
    }

    @Test
    void aSiteWithoutFilesHasNoFolders() {
        assertFalse(new KnownFiles(List.of(), page -> Set.of()).isFolder(""));
    }

    @Test
    void idsAreAskedOncePerPage() {
        int[] asked = {0};
        KnownFiles counted = new KnownFiles(FILES, page -> {
            asked[0]++;
            return Set.of("top");
        });
        counted.ids("en/index.html");
        counted.ids("en/index.html");
        assertEquals(1, asked[0]);
        assertEquals(Set.of("top"), known.ids("en/index.html"));
    }
}
