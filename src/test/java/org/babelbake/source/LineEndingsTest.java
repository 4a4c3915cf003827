package org.babelbake.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LineEndingsTest {
    @Test
    void crlfAndLoneCrBecomeLfInTextAndBytes() {
        assertEquals("a\nb\nc\n\nd", LineEndings.toLf("a\r\nb\rc\r\n\nd"));
        assertArrayEquals("é\n中\n\nx\n".getBytes(StandardCharsets.UTF_8),
                LineEndings.toLf("é\r\n中\r\r\nx\r".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textAssetsAreNormalisedAndOthersCopiedByteForByte(@TempDir Path dir) throws Exception {
        byte[] crlf = "a {\r\n  color: red;\r\n}\r\n".getBytes(StandardCharsets.UTF_8);
        for (String name : new String[]{"site.css", "app.JS", "logo.svg"}) {
            Files.write(dir.resolve(name), crlf);
            LineEndings.copy(dir.resolve(name), dir.resolve("out-" + name));
            assertEquals("a {\n  color: red;\n}\n", Files.readString(dir.resolve("out-" + name)), name);
        }
        for (String name : new String[]{"photo.png", "font.woff2", "no-extension"}) {
            Files.write(dir.resolve(name), crlf);
            LineEndings.copy(dir.resolve(name), dir.resolve("out-" + name));
            assertArrayEquals(crlf, Files.readAllBytes(dir.resolve("out-" + name)), name);
        }
    }
}
