package org.babelbake.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes plain values as JSON through Jackson's streaming generator: strings, numbers, booleans,
 * null, lists, maps with string keys (in their own order) and {@link JsonValue}s. Property order
 * comes from the values (ordered maps), never from hashing, so the bytes are the same in every
 * process. No data binding: a page's JSON-LD is a handful of properties, and reflection over
 * records cost 2.5% of a 2,100-page build.
 */
public final class Json {
    /** Immutable once made, so one serves every thread; the feature only acts on UTF-8 output. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8) // otherwise a character beyond U+FFFF is two escapes
            .build();

    private static final CharacterEscapes SCRIPT_SAFE = new ScriptSafeEscapes();

    /**
     * Two-space indents and LF line ends (Jackson's default indenter would take the system's line
     * separator); it keeps its nesting while it writes, so each use takes a fresh instance.
     */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {
    }

    /** A JSON object of these names and values, in this order, leaving out a null value. */
    public static Map<String, Object> object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("a JSON property name is a string, not " + namesAndValues[i]);
            }
            if (namesAndValues[i + 1] != null) object.put(name, namesAndValues[i + 1]);
        }
        return object;
    }

    /** JSON that can sit inside {@code <script type="application/ld+json">}: it cannot close the block early. */
    public static String forScript(Object value) {
        return written(value, json -> json.setCharacterEscapes(SCRIPT_SAFE));
    }

    /**
     * {@link #forScript(Object)}'s JSON as UTF-8 into a stream, left open: a search index's text
     * is megabytes, which as one string (and its bytes) would be copied by the collector.
     */
    public static void forScript(Object value, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setCharacterEscapes(SCRIPT_SAFE);
            write(json, value);
        }
    }

    /** JSON for a file that people also read: two-space indents, LF line ends, a newline at the end. */
    public static String pretty(Object value) {
        return written(value, json -> json.setPrettyPrinter(PRETTY.createInstance())) + "\n";
    }

    /** {@code value} as JSON in a string, by a generator that {@code setUp} configures first. */
    private static String written(Object value, Consumer<JsonGenerator> setUp) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            setUp.accept(json);
            write(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string writer does not fail
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof JsonValue plain) {
            write(json, plain.json());
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("no JSON form for a map key " + entry.getKey());
                }
                json.writeFieldName(name);
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) write(json, item);
            json.writeEndArray();
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
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
