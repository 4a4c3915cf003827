package org.babelbake.bake;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Reads flexmark's text from the string it parsed: a flexmark sequence checks every index it is
 * asked for, and copies a character at a time when made a string.
 */
final class ParsedText {
    private ParsedText() {
    }

    /** What is read from a range of a string. */
    @FunctionalInterface
    interface RangeReader<R> {
        R read(String text, int from, int to);
    }

    /**
     * Reads the sequence where it lies in the parsed string when it is a range of it, and from its
     * own copy otherwise: the one place that tells the two apart.
     */
    static <R> R read(BasedSequence chars, RangeReader<R> reader) {
        if (chars instanceof SubSequence range && range.getBase() instanceof String parsed) {
            return reader.read(parsed, range.getStartOffset(), range.getEndOffset());
        }
        String text = chars.toString();
        return reader.read(text, 0, text.length());
    }

    /** The sequence's text: cut from the parsed string at once where it is a range of it. */
    static String of(BasedSequence chars) {
        return read(chars, String::substring);
    }

    /**
     * Tells whether the nodes of one document hold a character, with one search of the parsed
     * string ({@code String.indexOf}) for all of them when they are asked about in document order:
     * it keeps where the character is next. A document without it is answered at once.
     */
    static final class Finder {
        private final char wanted;
        private final RangeReader<Boolean> holds = this::holds;
        private String searched;
        private int from;
        private int next;

        Finder(char wanted) {
            this.wanted = wanted;
        }

        boolean isIn(BasedSequence chars) {
            return read(chars, holds);
        }

        private boolean holds(String text, int start, int end) {
            // The last search, from at or before this start, found nothing before its result: still good.
            if (text != searched || start < from || next < start) {
                searched = text;
                from = start;
                int at = text.indexOf(wanted, start);
                next = at < 0 ? Integer.MAX_VALUE : at;
            }
            return next < end;
        }
    }
}
