package org.babelbake.site;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every published folder and file has the mode that mkdir and cp would give it under this
 * process's umask (0755 and 0644 under 022), whatever the staging folder or the sources' modes.
 * The same under a fixed umask, as other users read it: ReadableByOthersIT.
 */
class ReadableOutputTest {
    @TempDir
    Path dir;

    @Test
    void everyPublishedPathHasTheModeOfANewFolderOrFileEvenWhenTheAssetIsPrivate() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX file modes here");
        // What mkdir and cp make here: the kernel applies the umask (and any default ACL) to both.
        Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("new-folder")));
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(Files.createFile(dir.resolve("new-file")));
        assumeTrue(fileMode.contains(PosixFilePermission.OTHERS_READ),
                "the umask hides files from other users, so a private asset could not be told apart; run with umask 022");
        TestSite site = TestSite.copyOfProject(dir.resolve("project")).keepLocales("en", "es");
        // Private assets, one read as text and one copied byte for byte.
        Files.setPosixFilePermissions(site.root().resolve("assets/site.css"), PosixFilePermissions.fromString("rw-------"));
        Files.write(site.root().resolve("assets/private.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        Files.setPosixFilePermissions(site.root().resolve("assets/private.png"), PosixFilePermissions.fromString("rw-------"));

        site.build();

        List<Path> published = new ArrayList<>(walk(site.out()));
        published.add(site.root().resolve("target/translation-status.json"));
        published.add(site.root().resolve("target/translation-status.html"));
        List<String> wrong = new ArrayList<>();
        for (Path path : published) {
            Set<PosixFilePermission> expected = Files.isDirectory(path) ? folderMode : fileMode;
            Set<PosixFilePermission> actual = Files.getPosixFilePermissions(path);
            if (!actual.equals(expected)) {
                wrong.add(site.root().relativize(path) + " is " + PosixFilePermissions.toString(actual)
                        + ", not " + PosixFilePermissions.toString(expected));
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(fileMode, Files.getPosixFilePermissions(site.out().resolve("assets/site.css")), "the private text asset");
        assertEquals(fileMode, Files.getPosixFilePermissions(site.out().resolve("assets/private.png")), "the private binary asset");
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
