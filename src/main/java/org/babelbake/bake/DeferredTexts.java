package org.babelbake.bake;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text kept out of flexmark's HTML writer until the document's HTML is made. The writer
 * takes text one character at a time, each through its line, indent and whitespace bookkeeping
 * (4.7% of a 20,000-page build for plain text alone). A text that cannot change how the writer
 * lays out a line goes in as a short placeholder instead, {@code \u0001}index{@code \u0002}, and
 * is put back into the finished HTML in one pass. The answer is flexmark's own or nothing: when
 * the placeholders do not come out each exactly once, {@link #fill} says so and the document is
 * rendered again without them.
 */
final class DeferredTexts {
    /** The document's deferred texts, set while it is rendered with placeholders. */
    static final NullableDataKey<DeferredTexts> KEY = new NullableDataKey<>("BABELBAKE_DEFERRED_TEXTS");

    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';
    /** Shorter texts cost the writer less than their placeholder. */
    private static final int SHORTEST = 8;

    private final List<String> texts = new ArrayList<>();
    private int length;

    /**
     * Whether a document's texts may be deferred: its source holds neither the placeholder's
     * sign nor a numeric character reference that could write one into the HTML.
     */
    static boolean allowedIn(String markdown) {
        return markdown.indexOf(OPEN) < 0 && !markdown.contains("&#");
    }

    /** The document's deferred texts, or null when it is rendered without placeholders. */
    static DeferredTexts of(Document document) {
        return KEY.get(document);
    }

    /**
     * What to write for plain text (nothing to unescape or escape): its spaces and tabs at either
     * end as they are, as the writer trims them at the start of a line and remembers them at the
     * end, and between them a placeholder for the rest, which then changes the writer's state as
     * the text would. Text with a line end, or too short to be worth it, is written as it is.
     */
    String write(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isBlank(text.charAt(from))) from++;
        while (to > from && isBlank(text.charAt(to - 1))) to--;
        if (to - from < SHORTEST || text.indexOf('\n', from) >= 0) return text;
        String rest = text.substring(from, to);
        texts.add(rest);
        length += rest.length();
        return text.substring(0, from) + OPEN + (texts.size() - 1) + CLOSE + text.substring(to);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The HTML with each placeholder replaced by its text; null unless each came out exactly once. */
    String fill(String html) {
        if (texts.isEmpty()) return html;
        boolean[] filled = new boolean[texts.size()];
        StringBuilder out = new StringBuilder(html.length() + length);
        int at = 0;
        for (int open = html.indexOf(OPEN); open >= 0; open = html.indexOf(OPEN, at)) {
            int close = html.indexOf(CLOSE, open + 1);
            int index = close < 0 ? -1 : index(html, open + 1, close);
            if (index < 0 || index >= filled.length || filled[index]) return null;
            filled[index] = true;
            out.append(html, at, open).append(texts.get(index));
            at = close + 1;
        }
        for (boolean done : filled) {
            if (!done) return null;
        }
        return out.append(html, at, html.length()).toString();
    }

    /** The decimal number from {@code from} to {@code to}, or -1 if it is not one. */
    private static int index(String html, int from, int to) {
        if (to == from || to - from > 9) return -1;
        int index = 0;
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c < '0' || c > '9') return -1;
            index = index * 10 + (c - '0');
        }
        return index;
    }
}
