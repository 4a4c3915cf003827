package org.babelbake.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a text, first 12 hex digits. Of a body (the lines after {@code ~~~~~~}, each ending
 * in a newline) it tells whether a file changed during a build, and it was the translation stamp
 * before {@link SourceVersion} (kept to upgrade those stamps). The same as
 * {@code sed '1,/^~~~~~~$/d' FILE | sha256sum | cut -c1-12}.
 */
public final class SourceHash {
    public static final int LENGTH = 12;

    private SourceHash() {
    }

    public static String of(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
