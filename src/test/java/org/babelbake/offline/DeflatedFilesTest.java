package org.babelbake.offline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every entry, whole or joined from parts around a shared middle, inflates to its file, with the file's size and CRC. */
class DeflatedFilesTest {
    @TempDir
    Path work;

    @Test
    void aWholeFileInflatesToItself() throws Exception {
        byte[] page = page(new Random(1), 30_000);
        try (DeflatedFiles store = new DeflatedFiles(work.resolve("deflated"))) {
            DeflatedFiles.Entry entry = store.add(page);
            assertFile(page, entry, store);
            assertTrue(entry.length() < page.length / 2, "deflated: " + entry.length());
        }
    }

    @Test
    void versionsJoinedAroundASharedMiddleInflateToThemselves() throws Exception {
        Random random = new Random(2);
        byte[] middle = page(random, 200_000);
        try (DeflatedFiles store = new DeflatedFiles(work.resolve("deflated"))) {
            DeflatedFiles.Middle shared = store.middle(middle);
            for (int version = 0; version < 6; version++) {
                byte[] head = page(random, random.nextInt(8_000));
                byte[] tail = page(random, random.nextInt(3_000));
                assertFile(join(head, middle, tail), store.add(head, shared, tail), store);
            }
        }
    }

    @Test
    void emptyEndsAndAShortMiddleStillMakeValidStreams() throws Exception {
        Random random = new Random(3);
        try (DeflatedFiles store = new DeflatedFiles(work.resolve("deflated"))) {
            for (int size : new int[]{0, 1, 100, 4096, 4097, 70_000}) {
                byte[] middle = page(random, size);
                DeflatedFiles.Middle shared = store.middle(middle);
                byte[] some = page(random, 500);
                assertFile(join(new byte[0], middle, new byte[0]), store.add(new byte[0], shared, new byte[0]), store);
                assertFile(join(some, middle, new byte[0]), store.add(some, shared, new byte[0]), store);
                assertFile(join(new byte[0], middle, some), store.add(new byte[0], shared, some), store);
            }
        }
    }

    /** The shared middle refers back to the head's copy of its start and the tail to the middle's end, as a whole file would. */
    @Test
    void joinedPartsOfLongPagesAreNoBiggerThanAWholeDeflate() {
        Random random = new Random(4);
        byte[] middle = page(random, 150_000);
        byte[] head = page(random, 5_000);
        byte[] tail = page(random, 1_000);
        try (DeflatedFiles store = new DeflatedFiles(work.resolve("deflated"))) {
            int whole = store.add(join(head, middle, tail)).length();
            int joined = store.add(head, store.middle(middle), tail).length();
            assertTrue(joined < whole * 1.01, "joined " + joined + " against whole " + whole);
        }
    }

    private static void assertFile(byte[] file, DeflatedFiles.Entry entry, DeflatedFiles store) throws DataFormatException {
        byte[] deflated = store.read(entry);
        assertEquals(entry.length(), deflated.length);
        Inflater inflater = new Inflater(true); // raw, as a zip entry holds it
        inflater.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && inflater.needsInput()) break;
            out.write(buffer, 0, n);
        }
        assertTrue(inflater.finished(), "the stream ends with a final block");
        assertEquals(0, inflater.getRemaining(), "nothing after the final block");
        inflater.end();
        assertArrayEquals(file, out.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(file);
        assertEquals(crc.getValue(), entry.crc());
        assertEquals(file.length, entry.size());
    }

    /** HTML-like text: tags and words that repeat, as pages do. */
    private static byte[] page(Random random, int size) {
        String[] words = {"<p>", "</p>\n", "<li>", "muscle ", "weakness ", "antibody ", "<a href=\"../a.html\">", "</a> ",
                "مرض ", "мышца ", "肌肉", "treatment ", "the ", "of "};
        StringBuilder text = new StringBuilder();
        while (text.length() < size) text.append(words[random.nextInt(words.length)]);
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(utf8, size); // may cut a character: bytes are bytes here
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }
}
