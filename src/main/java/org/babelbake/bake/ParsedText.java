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

    /** The sequence's text: cut from the parsed string at once where it is a range of it. */
    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence range && range.getBase() instanceof String parsed) {
            return parsed.substring(range.getStartOffset(), range.getEndOffset());
        }
        return chars.toString();
    }

    /**
     * Tells whether the nodes of one document hold a character, with one search of the parsed
     * string ({@code String.indexOf}) for all of them when they are asked about in document order:
     * it keeps where the character is next. A document without it is answered at once.
     */
    static final class Finder {
        private final char wanted;
        private String searched;
        private int from;
        private int next;

        Finder(char wanted) {
            this.wanted = wanted;
        }

        boolean isIn(BasedSequence chars) {
            if (!(chars instanceof SubSequence range && range.getBase() instanceof String parsed)) {
                return chars.toString().indexOf(wanted) >= 0;
            }
            int start = range.getStartOffset();
            // The last search, from at or before this start, found nothing before its result: still good.
            if (parsed != searched || start < from || next < start) {
                searched = parsed;
                from = start;
                int at = parsed.indexOf(wanted, start);
                next = at < 0 ? Integer.MAX_VALUE : at;
            }
            return next < range.getEndOffset();
        }
    }
}
