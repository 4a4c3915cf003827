package org.babelbake.source;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTextTest {
    @TempDir
    Path root;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void aFileIsReadWholeWithLfLineEndsAndWithoutItsByteOrderMark() throws Exception {
        Path file = write("content/en/a.md", "\uFEFFtitle=Ä\r\n~~~~~~\r\nText\rmore\n".getBytes(StandardCharsets.UTF_8));
        SourceText text = SourceText.read(root, file);
        assertEquals("content/en/a.md", text.name());
        assertEquals("title=Ä\n~~~~~~\nText\nmore\n", text.text());
    }

    @Test
    void aFileAtTheLimitIsReadAndOneByteMoreIsRefusedWithItsSize() throws Exception {
        byte[] atLimit = new byte[(int) SourceText.MAX_BYTES];
        Arrays.fill(atLimit, (byte) 'a');
        assertEquals(SourceText.MAX_BYTES, SourceText.read(root, write("content/en/big.md", atLimit)).text().length());

        Path tooBig = write("content/en/bigger.md", Arrays.copyOf(atLimit, atLimit.length + 1));
        BuildFailedException refused = assertThrows(BuildFailedException.class, () -> SourceText.read(root, tooBig));
        Problem problem = refused.problems().get(0);
        assertEquals("content/en/bigger.md", problem.file());
        assertEquals("file is " + (SourceText.MAX_BYTES + 1) + " bytes, more than the limit of " + SourceText.MAX_BYTES
                + "; split it into smaller files", problem.message());
    }

    @Test
    void theChecksumTellsFilesOfTheSameLengthApartAndIgnoresNothing() throws Exception {
        Path file = write("content/en/a.md", "one\n".getBytes(StandardCharsets.UTF_8));
        long first = SourceText.read(root, file).checksum();
        Files.writeString(file, "two\n");
        assertNotEquals(first, SourceText.read(root, file).checksum());
        Files.writeString(file, "one\r\n");
        assertNotEquals(first, SourceText.read(root, file).checksum(), "the same text with other line ends is another file");
        Files.writeString(file, "one\n");
        assertEquals(first, SourceText.read(root, file).checksum());
    }

    @Test
    void aFolderOrAMissingFileCannotBeReadAndSaysSo() throws Exception {
        Files.createDirectories(root.resolve("content/en/folder.md"));
        for (String name : new String[]{"content/en/folder.md", "content/en/missing.md"}) {
            BuildFailedException failed = assertThrows(BuildFailedException.class, () -> SourceText.read(root, root.resolve(name)));
            assertEquals(name, failed.problems().get(0).file());
            assertTrue(failed.problems().get(0).message().startsWith("cannot be read: "), failed.problems().get(0).message());
        }
    }
}
