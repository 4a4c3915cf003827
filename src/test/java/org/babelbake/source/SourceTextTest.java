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
    void textInAnyScriptAndARealReplacementCharacterAreReadAsWritten() throws Exception {
        String written = "title=Myosite \u00e0 \u00ab n\u00e9crose \u00bb\n\u0627\u0644\u0639\u0636\u0644\u0627\u062a \u808c\u708e \uD83E\uDDEC\n\uFFFD stays\n";
        Path file = write("content/fr/a.md", written.getBytes(StandardCharsets.UTF_8));
        assertEquals(written, SourceText.read(root, file).text());
    }

    @Test
    void malformedUtf8IsRefusedWithItsFirstBadLine() throws Exception {
        byte[][] malformed = {
                {(byte) 0xE9}, // Latin-1's e acute, as a file saved in Windows-1252 has it
                {(byte) 0xC0, (byte) 0x80}, // an overlong NUL
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate written as UTF-8 (CESU-8)
                {(byte) 0xE2, (byte) 0x82}, // a character cut short
        };
        for (byte[] bad : malformed) {
            byte[] head = "title=A\n~~~~~~\nCaf".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Arrays.copyOf(head, head.length + bad.length + 1);
            System.arraycopy(bad, 0, bytes, head.length, bad.length);
            bytes[bytes.length - 1] = '\n';
            Path file = write("content/fr/bad.md", bytes);
            BuildFailedException refused = assertThrows(BuildFailedException.class, () -> SourceText.read(root, file),
                    () -> Arrays.toString(bad));
            Problem problem = refused.problems().get(0);
            assertEquals("content/fr/bad.md", problem.file());
            assertEquals(3, problem.line(), Arrays.toString(bad));
            assertEquals("file is not valid UTF-8; save it with UTF-8 encoding", problem.message());
        }
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
