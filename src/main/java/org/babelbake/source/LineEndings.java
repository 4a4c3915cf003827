package org.babelbake.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Line ends normalised to LF for every text that reaches the output, so that a checkout with
 * CRLF line ends (Windows, {@code core.autocrlf=true}) builds the same bytes as one with LF.
 */
public final class LineEndings {
    /** Asset types that are text: their line ends are normalised; anything else is copied byte for byte. */
    private static final Set<String> TEXT_TYPES = Set.of("css", "js", "mjs", "json", "svg", "txt", "html", "htm",
            "xml", "webmanifest", "map", "md", "csv");

    private LineEndings() {
    }

    /** The text with CRLF and lone CR turned into LF. */
    public static String toLf(String text) {
        if (text.indexOf('\r') < 0) return text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The bytes with CRLF and lone CR turned into LF. Byte-wise, which is safe for UTF-8 and any
     * ASCII-compatible encoding: CR and LF never occur inside a multi-byte character there.
     */
    public static byte[] toLf(byte[] bytes) {
        int cr = indexOf(bytes, (byte) '\r');
        if (cr < 0) return bytes;
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, cr);
        for (int i = cr; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != '\r') {
                out.write(b);
            } else {
                out.write('\n');
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') i++;
            }
        }
        return out.toByteArray();
    }

    /** Whether a file's name says it is text (CSS, JavaScript, SVG and the like). */
    public static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && TEXT_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Copies a file: text with its line ends normalised, anything else byte for byte, always into
     * a new file (mode 0666 less the umask), never with the source's mode as {@code Files.copy(Path, Path)} would.
     */
    public static void copy(Path from, Path to) throws IOException {
        if (isText(from)) {
            Files.write(to, toLf(Files.readAllBytes(from)));
        } else {
            try (InputStream in = Files.newInputStream(from)) {
                Files.copy(in, to);
            }
        }
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == wanted) return i;
        return -1;
    }
}
