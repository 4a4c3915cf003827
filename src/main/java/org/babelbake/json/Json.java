package org.babelbake.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes values as JSON through Jackson. Property order comes from the types (records with
 * {@code @JsonPropertyOrder}, or ordered maps), never from hashing, so the bytes are the same in
 * every process.
 */
public final class Json {
    /** Immutable once made, so one of each serves every thread. */
    private static final ObjectWriter COMPACT = new ObjectMapper().writer();

    /** Compact, with every character that could end or confuse an HTML script block escaped. */
    private static final ObjectWriter SCRIPT = COMPACT.with(new ScriptSafeEscapes());

    /** The same into a UTF-8 stream, which Jackson would otherwise write a character beyond U+FFFF into as two escapes. */
    private static final ObjectWriter STREAMED_SCRIPT = SCRIPT.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

    /** Two-space indents and LF line ends (Jackson's default would take the system's line separator). */
    private static final ObjectWriter PRETTY = COMPACT.with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** JSON that can sit inside {@code <script type="application/ld+json">}: it cannot close the block early. */
    public static String forScript(Object value) {
        return write(SCRIPT, value);
    }

    /**
     * {@link #forScript(Object)}'s JSON as UTF-8 into a stream, left open: a search index's text
     * is megabytes, which as one string (and its bytes) would be copied by the collector.
     */
    public static void forScript(Object value, OutputStream out) throws IOException {
        STREAMED_SCRIPT.writeValue(out, value);
    }

    /** JSON for a file that people also read, ending in a newline. */
    public static String pretty(Object value) {
        return write(PRETTY, value) + "\n";
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code <}, {@code >} and {@code &} as {@code \}{@code u} escapes, so no {@code </script>} or
     * {@code <!--} appears; U+2028 and U+2029 too, which older JavaScript parsers take for line ends.
     */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '\u2028' -> LINE_SEPARATOR;
                case '\u2029' -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
