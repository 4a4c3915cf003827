package org.babelbake.locale;

import org.babelbake.source.PropertiesSource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an ICU message pattern the way ICU does (apostrophe mode DOUBLE_OPTIONAL) to explain its
 * mistakes in a translator's terms: where a brace is missing, what an apostrophe quotes.
 */
final class MessageSyntax {
    private static final Pattern SELECTOR = Pattern.compile("(?:^|\\s)((?:zero|one|two|few|many|other|=\\d+))\\s*\\{$");

    /** The parts of a pattern in quotes (start inclusive, end exclusive), shown as text instead of read. */
    record Quoted(int start, int end) {
        boolean contains(int index) {
            return index >= start && index < end;
        }
    }

    private MessageSyntax() {
    }

    /** The problem message for a pattern ICU rejected. */
    static String explain(PropertiesSource.Entry entry, IllegalArgumentException e) {
        String pattern = entry.value();
        String unclosed = unclosedBrace(pattern, entry);
        String what = unclosed != null ? unclosed : "(" + e.getMessage() + "); check that every { has its }";
        return "message \"" + entry.key() + "\" is not valid ICU MessageFormat: " + what
                + "; write a literal apostrophe as ’ or ''";
    }

    /** The quoted ranges of a pattern: {@code '} before {@code { } # |} quotes up to the next single {@code '}. */
    static List<Quoted> quoted(String pattern) {
        List<Quoted> ranges = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) != '\'') continue;
            if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                i++;
                continue;
            }
            if (i + 1 >= pattern.length() || "{}#|".indexOf(pattern.charAt(i + 1)) < 0) continue;
            int end = i + 1;
            while (end < pattern.length()) {
                if (pattern.charAt(end) == '\'') {
                    if (end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') {
                        end += 2;
                        continue;
                    }
                    break;
                }
                end++;
            }
            ranges.add(new Quoted(i, Math.min(end + 1, pattern.length())));
            i = end;
        }
        return ranges;
    }

    /** Where a brace is missing, near enough to find it, or null when every { is closed. */
    private static String unclosedBrace(String pattern, PropertiesSource.Entry entry) {
        List<Quoted> quotes = quoted(pattern);
        Deque<Integer> open = new ArrayDeque<>();
        Deque<Boolean> isForm = new ArrayDeque<>();
        int suspicious = -1;
        for (int i = 0; i < pattern.length(); i++) {
            final int at = i;
            if (quotes.stream().anyMatch(q -> q.contains(at))) continue;
            char c = pattern.charAt(i);
            if (c == '{') {
                // a form's text holds arguments; an argument's style holds forms (plural, select)
                boolean form = !open.isEmpty() && !isForm.peek();
                if (!form && !open.isEmpty() && suspicious < 0) {
                    // a selector word inside a form's text: the form before it was probably not closed
                    Matcher m = SELECTOR.matcher(pattern.substring(open.peek() + 1, i + 1));
                    if (m.find()) suspicious = open.peek() + 1 + m.start(1);
                }
                open.push(i);
                isForm.push(form);
            } else if (c == '}') {
                if (open.isEmpty()) return "the } at " + place(entry, i) + " closes nothing; remove it or add its {";
                open.pop();
                isForm.pop();
            }
        }
        if (open.isEmpty()) return null;
        int first = open.getLast();
        if (suspicious >= 0) {
            return "a } is missing before \"" + pattern.substring(suspicious, Math.min(pattern.length(), suspicious + 12)).strip()
                    + "\" at " + place(entry, suspicious) + " (the form before it is not closed)";
        }
        return "the { at " + place(entry, first) + " is never closed; add } at the end, " + place(entry, pattern.length());
    }

    /** Column in the .properties file when the value is on one line, otherwise the character in the value. */
    private static String place(PropertiesSource.Entry entry, int index) {
        if (entry.endLine() == entry.line()) return "line " + entry.line() + ", column " + (entry.valueColumn() + index);
        return "character " + (index + 1) + " of the value";
    }
}
