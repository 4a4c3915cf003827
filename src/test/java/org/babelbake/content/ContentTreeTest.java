package org.babelbake.content;

import org.babelbake.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentTreeTest {
    private static final String HEADER = "type=section\nstatus=published\ntitle=T\n~~~~~~\n";

    @TempDir
    Path root;

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void filesAreFoundInEveryFolderLinksToFilesInsideTheProjectAreReadAndLinkedFoldersAreNotFollowed() throws Exception {
        write("content/en/a/10-one.md", HEADER + "One.\n");
        write("content/en/a/deeper/20-two.md", HEADER + "Two.\n");
        write("content/en/a/.10-one.md.swp", "editor's file");
        write("content/en/a/notes.md~", "backup");
        write("shared/30-three.md", HEADER + "Three.\n");
        write("shared/folder/40-four.md", HEADER + "Four.\n");
        Files.createSymbolicLink(root.resolve("content/en/a/30-three.md"), root.resolve("shared/30-three.md"));
        Files.createSymbolicLink(root.resolve("content/en/linked"), root.resolve("shared/folder"));

        Problems problems = new Problems();
        ContentTree tree = ContentTree.load(root, Set.of("en"), "en", problems);

        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of("a/10-one.md", "a/30-three.md", "a/deeper/20-two.md"), List.copyOf(tree.files("en").keySet()));
        assertEquals("Three.\n", tree.files("en").get("a/30-three.md").body());
    }

    @Test
    void aLinkToAFileOutsideTheProjectIsRefusedByName(@TempDir Path outside) throws Exception {
        write("content/en/a/10-one.md", HEADER + "One.\n");
        Path secret = Files.writeString(outside.resolve("secret.md"), HEADER + "Secret.\n");
        Files.createSymbolicLink(root.resolve("content/en/a/20-secret.md"), secret);

        Problems problems = new Problems();
        ContentTree tree = ContentTree.load(root, Set.of("en"), "en", problems);

        assertEquals(List.of("content/en/a/20-secret.md"), problems.sorted().stream().map(p -> p.file()).toList());
        assertEquals(List.of("a/10-one.md"), List.copyOf(tree.files("en").keySet()));
    }
}
