package org.babelbake.content;

import org.babelbake.source.LineEndings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a content file that translations are stamped with ({@code translation.source}):
 * 12 hex digits over everything a translator translates, the title, description, reference
 * titles and every Markdown block of the body with its link and image texts, but not headers a
 * translator keeps ({@code updated}, {@code reviewer}, {@code type}) nor link addresses. The one
 * place that decides what a version is; the build, {@code stamp}, {@code status} and the
 * exchange formats all call {@link #of(ContentFile)}.
 */
public final class SourceVersion {
    public static final int LENGTH = SourceHash.LENGTH;

    private static final Pattern REFERENCE_TITLE = Pattern.compile("ref\\.([0-9]+)\\.title");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    // [name]: address lines define link addresses; they are not text a reader sees.
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S.*(?:\\n|\\z)");
    // ](address "title") of an inline link or image: the words inside the brackets stay.
    private static final Pattern INLINE_ADDRESS = Pattern.compile("\\]\\(\\s*<?[^()\\s>]*>?(\\s+(\"[^\"]*\"|'[^']*'))?\\s*\\)");

    private SourceVersion() {
    }

    /** The file's version, computed when it was read. */
    public static String of(ContentFile file) {
        return file.version();
    }

    /** The version of a file with these translatable parts. */
    public static String of(List<SourcePart> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourcePart part : parts) {
                digest.update(part.id().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(part.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The translatable parts of a file read from disk (its body is read again). */
    public static List<SourcePart> parts(ContentFile file) {
        return partsOfRead(file.headers(), file.body());
    }

    /** The translatable parts of a file as it is being read: its checked headers and its body. */
    static List<SourcePart> partsOfRead(Map<String, HeaderValue> headers, String body) {
        Map<String, String> values = new LinkedHashMap<>();
        headers.forEach((key, value) -> values.put(key, value.value()));
        return parts(values, body);
    }

    /**
     * The translatable parts, in a fixed order: title, description, reference titles by number,
     * then the body's blocks (text between blank lines) in order.
     */
    public static List<SourcePart> parts(Map<String, String> headers, String body) {
        List<SourcePart> parts = new ArrayList<>();
        for (String key : List.of("title", "description")) {
            String value = headers.get(key);
            if (value != null) parts.add(new SourcePart(key, value.strip()));
        }
        headers.entrySet().stream()
                .map(e -> Map.entry(REFERENCE_TITLE.matcher(e.getKey()), e.getValue()))
                .filter(e -> e.getKey().matches())
                .sorted(Comparator.comparingInt((Map.Entry<Matcher, String> e) -> Integer.parseInt(e.getKey().group(1))))
                .forEach(e -> parts.add(new SourcePart(e.getKey().group(0), e.getValue().strip())));
        int block = 0;
        String text = body.replace("\r\n", "\n");
        // Each pattern needs its brackets in the text: most blocks have none, and the scan is spared.
        if (text.contains("]:")) text = LINK_DEFINITION.matcher(text).replaceAll("");
        for (String raw : BLANK_LINE.split(text)) {
            String stripped = stripLines(raw);
            String cleaned = (stripped.contains("](") ? INLINE_ADDRESS.matcher(stripped).replaceAll("]()") : stripped).strip();
            if (!cleaned.isEmpty()) parts.add(new SourcePart("block." + ++block, cleaned));
        }
        return List.copyOf(parts);
    }

    /** The translatable parts of a whole content file's text (headers, separator, body), read leniently, e.g. from history. */
    public static List<SourcePart> partsOfText(String fileText) {
        String text = LineEndings.toLf(fileText);
        List<String> lines = text.lines().toList();
        int separator = lines.indexOf(ContentFileReader.SEPARATOR);
        if (separator < 0) return List.of();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(0, separator)) {
            int eq = line.indexOf('=');
            if (eq > 0) headers.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return parts(headers, ContentFileReader.bodyOf(text));
    }

    /**
     * The stamp Babelbake wrote before versions covered every translatable part: the hash of the
     * body alone. A translation carrying it for the current source was made from that source.
     */
    public static String bodyOnlyStamp(ContentFile file) {
        return file.sourceHash();
    }

    /** {@link #bodyOnlyStamp} of a whole file's text, e.g. from history. */
    public static String bodyOnlyStampOfText(String fileText) {
        String text = LineEndings.toLf(fileText);
        return text.lines().anyMatch(ContentFileReader.SEPARATOR::equals) ? SourceHash.of(ContentFileReader.bodyOf(text)) : "";
    }

    /** How a translation relates to its source file: translated, outdated, or not yet stamped. */
    public static Provenance.State stateOf(ContentFile source, ContentFile translation) {
        if (translation == null) return Provenance.State.FALLBACK;
        return translation.header("translation.source")
                .map(stamp -> stamp.equals(of(source)) ? Provenance.State.TRANSLATED : Provenance.State.OUTDATED)
                .orElse(Provenance.State.UNSTAMPED);
    }

    private static String stripLines(String block) {
        StringBuilder out = new StringBuilder();
        block.lines().forEach(line -> out.append(line.stripTrailing()).append('\n'));
        return out.toString();
    }
}
