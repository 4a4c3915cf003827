package org.babelbake.content;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problems;
import org.babelbake.source.SourceText;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;

/**
 * Reads a content file: JBake's header format ({@code key=value} lines, then {@code ~~~~~~}),
 * checked line by line, and the Markdown body after it.
 */
public final class ContentFileReader {
    public static final String SEPARATOR = "~~~~~~";
    private static final Pattern TILDES = Pattern.compile("\\s*~{3,}\\s*");

    private ContentFileReader() {
    }

    /**
     * The file, or null when its header is broken (the problems say why). A file of the source
     * language gets its version ({@link SourceVersion}); a translation is stamped with its
     * source's and has none, which spares hashing every translated file.
     *
     * @param sourceLocale the site's source language
     */
    public static ContentFile read(Path siteRoot, Path file, String locale, String sourceLocale, String relPath, Problems problems) {
        SourceText source;
        try {
            source = SourceText.read(siteRoot, file);
        } catch (BuildFailedException e) {
            e.problems().forEach(problems::add);
            return null;
        }
        String name = source.name();
        List<String> lines = source.lines();
        if (lines.stream().allMatch(String::isBlank)) {
            problems.add(name, 0, "file is empty; give it a header (type=..., status=..., title=..., then ~~~~~~) and a body, or delete it");
            return null;
        }
        int separator = lines.indexOf(SEPARATOR);
        String misspelt = misspeltSeparator(lines, separator);
        if (misspelt != null) {
            problems.add(name, misspeltLine(lines, separator) + 1, misspelt);
            return null;
        }
        if (separator < 0) {
            problems.add(name, 1, "no header end: add a line " + SEPARATOR + " after the header lines (type=..., status=..., title=...)");
            return null;
        }
        int before = problems.size();
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(name, i + 1, "header line \"" + abbreviate(line) + "\" is not key=value; write it as key=value or move it below " + SEPARATOR);
                continue;
            }
            String key = line.substring(0, eq).strip();
            HeaderValue value = new HeaderValue(line.substring(eq + 1).strip(), i + 1);
            HeaderValue earlier = headers.putIfAbsent(key, value);
            if (earlier != null) {
                problems.add(name, i + 1, "header \"" + key + "\" is already set on line " + earlier.line() + "; keep only one");
            }
        }
        HeaderRules.check(name, headers, problems);
        if (problems.size() > before) return null;
        String body = bodyOf(source.text());
        return new ContentFile(name, file, siteRoot, locale, relPath, headers, separator + 2, source.checksum(),
                locale.equals(sourceLocale) ? SourceVersion.of(SourceVersion.partsOfRead(headers, body)) : null,
                NamedLink.in(body, separator + 2), isBlank(body));
    }

    /**
     * Whether Markdown sees only blank lines: spaces, tabs and line ends, as CommonMark defines a
     * blank line. Other white space, such as U+3000, is text to Markdown, and makes a paragraph.
     */
    static boolean isBlank(String body) {
        for (int i = 0, n = body.length(); i < n; i++) {
            char c = body.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n') return false;
        }
        return true;
    }

    /**
     * The body of a content file's text (LF line ends, as {@link SourceText} reads it): every line
     * after the first line that is exactly the separator, each ending in a newline; the whole text
     * when there is no separator. Cut from the text, not split into lines and joined again: every
     * page's Markdown passes here.
     */
    public static String bodyOf(String text) {
        String body = text.substring(bodyStart(text));
        return body.isEmpty() || body.endsWith("\n") ? body : body + "\n";
    }

    private static int bodyStart(String text) {
        if (text.equals(SEPARATOR)) return text.length();
        if (text.startsWith(SEPARATOR + "\n")) return SEPARATOR.length() + 1;
        int line = text.indexOf("\n" + SEPARATOR + "\n");
        if (line >= 0) return line + SEPARATOR.length() + 2;
        return text.endsWith("\n" + SEPARATOR) ? text.length() : 0;
    }

    /**
     * A line of tildes meant as the header end but not exactly {@value #SEPARATOR}, before the real
     * one or where there is none: said precisely, since both look right in an editor.
     */
    private static String misspeltSeparator(List<String> lines, int separator) {
        int line = misspeltLine(lines, separator);
        if (line < 0) return null;
        String text = lines.get(line);
        String tildes = text.strip();
        if (!text.equals(text.stripTrailing()) && tildes.equals(SEPARATOR)) {
            return "the header end \"" + SEPARATOR + "\" has spaces or tabs after it; delete them (the line must be exactly " + SEPARATOR + ")";
        }
        if (!text.equals(text.stripLeading())) {
            return "the header end has spaces before it; start the line with " + SEPARATOR;
        }
        return "the header end has " + tildes.length() + " tildes; write exactly six: " + SEPARATOR;
    }

    private static int misspeltLine(List<String> lines, int separator) {
        int end = separator < 0 ? lines.size() : separator;
        for (int i = 0; i < end; i++) {
            if (TILDES.matcher(lines.get(i)).matches()) return i;
        }
        return -1;
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
