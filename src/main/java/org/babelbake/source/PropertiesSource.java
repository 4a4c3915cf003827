package org.babelbake.source;

import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .properties} file read entry by entry with the line each entry starts on, which
 * {@link java.util.Properties} does not keep. Follows the Properties format: {@code #} and
 * {@code !} comments, {@code =}, {@code :} or white space as separator, backslash continuation
 * lines and escapes, but is read as UTF-8.
 */
public final class PropertiesSource {
    /**
     * One key and value, where it is, and the comment lines right above it.
     *
     * @param line        the line the entry starts on
     * @param endLine     the last line of the entry (after backslash continuations)
     * @param valueColumn 1-based column of the value's first character on {@code line}
     * @param comments    the comment lines directly above the entry, without blank lines between, as written
     */
    public record Entry(String key, String value, int line, int endLine, int valueColumn, List<String> comments) {
        public Entry {
            comments = List.copyOf(comments);
        }

        public Entry(String key, String value, int line) {
            this(key, value, line, line, 1, List.of());
        }
    }

    private PropertiesSource() {
    }

    /** Entries in file order; a key given twice is reported and the first one kept. */
    public static Map<String, Entry> parse(SourceText source, Problems problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> lines = source.lines();
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int startLine = i + 1;
            String line = stripLeading(lines.get(i));
            if (line.isEmpty()) {
                comments.clear();
                continue;
            }
            if (line.startsWith("#") || line.startsWith("!")) {
                comments.add(lines.get(i));
                continue;
            }
            int indent = lines.get(i).length() - line.length();
            StringBuilder logical = new StringBuilder();
            while (endsWithContinuation(line) && i + 1 < lines.size()) {
                logical.append(line, 0, line.length() - 1);
                line = stripLeading(lines.get(++i));
            }
            logical.append(line);
            Entry entry = entry(logical.toString(), startLine, i + 1, indent, comments, source.name(), problems);
            comments.clear();
            if (entry == null) continue;
            Entry earlier = entries.putIfAbsent(entry.key(), entry);
            if (earlier != null) {
                problems.add(source.name(), startLine, "key \"" + entry.key() + "\" is already set on line "
                        + earlier.line() + "; remove one of the two");
            }
        }
        return entries;
    }

    private static Entry entry(String logical, int line, int endLine, int indent, List<String> comments, String file,
                               Problems problems) {
        int sep = separatorIndex(logical);
        String rawKey = sep < 0 ? logical : logical.substring(0, sep);
        String rest = sep < 0 ? "" : logical.substring(sep);
        rest = stripLeading(rest);
        if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) rest = stripLeading(rest.substring(1));
        int valueColumn = indent + logical.length() - rest.length() + 1;
        try {
            return new Entry(unescape(rawKey.strip()), unescape(rest), line, endLine, valueColumn, comments);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, line, e.getMessage()));
            return null;
        }
    }

    private static int separatorIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWithContinuation(String line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) slashes++;
        return slashes % 2 == 1;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) i++;
        return s.substring(i);
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    String hex = s.substring(i + 1, Math.min(i + 5, s.length()));
                    if (!hex.matches("[0-9a-fA-F]{4}")) {
                        throw new IllegalArgumentException("\\u" + hex + " is not a Unicode escape; write the character itself (the file is UTF-8)");
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
