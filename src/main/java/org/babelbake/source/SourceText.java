package org.babelbake.source;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A text file of the site project, read as strict UTF-8, with its path relative to the site root
 * for error messages.
 *
 * @param checksum the file's size and CRC-32 of its bytes as read: whether it changed since,
 *                 at a fraction of a cryptographic hash's cost
 */
public record SourceText(String name, String text, long checksum) {
    /** Files larger than this are refused: no sane page or translation file comes near it. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final char BOM = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    /** A text that was not read from a file (the theme's own), its checksum that of its UTF-8 bytes. */
    public SourceText(String name, String text) {
        this(name, text, checksum(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static SourceText read(Path siteRoot, Path file) {
        String name = SitePaths.relativeName(siteRoot, file);
        byte[] bytes;
        try {
            bytes = bytesOf(file, name);
        } catch (IOException e) {
            throw new BuildFailedException(Problem.inFile(name, "cannot be read: " + e.getMessage()));
        }
        String text = strictUtf8(bytes, name);
        if (!text.isEmpty() && text.charAt(0) == BOM) text = text.substring(1);
        return new SourceText(name, LineEndings.toLf(text), checksum(bytes));
    }

    /**
     * The file's bytes, its size taken from the open file rather than asked of the path first:
     * every content file is read twice in a build (headers, then the body for the Markdown
     * engine), and a system call less per read shows at thousands of pages.
     */
    private static byte[] bytesOf(Path file, String name) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size > MAX_BYTES) {
                throw new BuildFailedException(Problem.inFile(name, "file is " + size
                        + " bytes, more than the limit of " + MAX_BYTES + "; split it into smaller files"));
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) break; // shrank while being read: the checksum tells it apart
            }
            return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        }
    }

    /**
     * The bytes as UTF-8, refusing malformed ones with the first line that has one. The JDK's own
     * decoding of a string is the fast way (the decoder and its char buffer took 3% of a
     * 20,000-page build), but it puts U+FFFD for a malformed byte: only a text holding U+FFFD is
     * decoded again strictly, to tell a malformed byte from a real U+FFFD.
     */
    private static String strictUtf8(byte[] bytes, String name) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) < 0) return text;
        try {
            return strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BuildFailedException(new Problem(name, firstBadLine(bytes), "file is not valid UTF-8; save it with UTF-8 encoding"));
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (long) bytes.length << 32 | crc.getValue();
    }

    public List<String> lines() {
        return text.lines().toList();
    }

    /** The 1-based line of the first malformed byte, from the bytes already read; 0 if none is found. */
    private static int firstBadLine(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    strictDecoder().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }
}
