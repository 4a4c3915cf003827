package org.babelbake.locale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The source text a translated UI string was made from, as the comment lines above it in
 * {@code translations/<tag>.properties} record it, PO-style: {@code # en: TEXT} shows the source
 * text, and {@code # en (old): TEXT}, when present, is the older source text the value still
 * translates. The value is outdated when the text it translates is no longer the source's.
 *
 * @param shown the source text of the {@code # en:} line
 * @param old   the source text of the {@code # en (old):} line
 */
public record MessageOrigin(Optional<String> shown, Optional<String> old) {
    /** Copied notes of the source file start with this, so that a sync can replace them. */
    public static final String NOTE = "#. ";

    public static final MessageOrigin NONE = new MessageOrigin(Optional.empty(), Optional.empty());

    /** Reads the record from an entry's comment lines; the other lines are notes and translators' comments. */
    public static MessageOrigin of(List<String> comments, String sourceTag) {
        Optional<String> shown = Optional.empty();
        Optional<String> old = Optional.empty();
        for (String comment : comments) {
            String line = comment.strip();
            if (line.startsWith(shownPrefix(sourceTag))) shown = Optional.of(decode(line.substring(shownPrefix(sourceTag).length())));
            if (line.startsWith(oldPrefix(sourceTag))) old = Optional.of(decode(line.substring(oldPrefix(sourceTag).length())));
        }
        return new MessageOrigin(shown, old);
    }

    /** Whether a comment line is part of the record (and so rewritten, not kept, by a sync). */
    public static boolean isRecordLine(String comment, String sourceTag) {
        String line = comment.strip();
        return line.startsWith(shownPrefix(sourceTag)) || line.startsWith(oldPrefix(sourceTag))
                || line.equals(shownPrefix(sourceTag).strip()) || line.equals(oldPrefix(sourceTag).strip());
    }

    /** The source text this translation was made from, when recorded. */
    public Optional<String> translatedFrom() {
        return old.or(() -> shown);
    }

    /**
     * Whether the value translates an older source text. A value with no record at all counts as
     * current: it was written by hand against the file's own English line or before records existed.
     */
    public boolean isOutdated(String currentSource) {
        return translatedFrom().map(text -> !text.strip().equals(currentSource.strip())).orElse(false);
    }

    /** The version of a source text: the first 12 hex digits of its SHA-256, like content stamps. */
    public static String version(String sourceText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sourceText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String shownLine(String sourceTag, String text) {
        return shownPrefix(sourceTag) + encode(text);
    }

    public static String oldLine(String sourceTag, String text) {
        return oldPrefix(sourceTag) + encode(text);
    }

    private static String shownPrefix(String sourceTag) {
        return "# " + sourceTag + ": ";
    }

    private static String oldPrefix(String sourceTag) {
        return "# " + sourceTag + " (old): ";
    }

    /** One line of comment: backslashes doubled and line breaks as {@code \n}, as in the value itself. */
    static String encode(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
