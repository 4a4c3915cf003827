package org.babelbake.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version stamp of a source file: SHA-256 of its body (the lines after {@code ~~~~~~}, each
 * ending in a newline), first 12 hex digits. The same as
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
