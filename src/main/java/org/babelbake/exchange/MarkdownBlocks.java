package org.babelbake.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown body cut into the pieces a translator translates one by one: paragraphs, headings,
 * list items and table cells, each with where its text is in the body, so that a translation can
 * be put back in place without touching the Markdown around it. Code blocks are left out.
 */
final class MarkdownBlocks {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    /** What kind of piece a block is: named in the exchange files for translators. */
    enum Kind {
        PARAGRAPH("paragraph"), HEADING("heading"), LIST_ITEM("list item"), TABLE_CELL("table cell");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * @param start offset of the text in the body (inclusive)
     * @param end   offset after it
     * @param line  1-based line in the body where it starts
     */
    record Block(Kind kind, int start, int end, int line, String text) {
    }

    private MarkdownBlocks() {
    }

    static List<Block> of(String body) {
        List<Block> blocks = new ArrayList<>();
        List<int[]> lines = new ArrayList<>(); // start, end (without the newline)
        for (int start = 0; start < body.length(); ) {
            int nl = body.indexOf('\n', start);
            int end = nl < 0 ? body.length() : nl;
            lines.add(new int[]{start, end});
            start = end + 1;
        }
        int i = 0;
        while (i < lines.size()) {
            String line = text(body, lines.get(i));
            if (line.isBlank()) {
                i++;
            } else if (FENCE.matcher(line).find()) {
                String fence = FENCE.matcher(line).results().findFirst().orElseThrow().group(1);
                i++;
                while (i < lines.size() && !text(body, lines.get(i)).strip().startsWith(fence)) i++;
                i++;
            } else if (HEADING.matcher(line).find()) {
                Matcher m = HEADING.matcher(line);
                m.find();
                int start = lines.get(i)[0] + m.end();
                int end = lines.get(i)[0] + line.stripTrailing().length();
                if (end > start) blocks.add(new Block(Kind.HEADING, start, end, i + 1, body.substring(start, end)));
                i++;
            } else if (line.strip().startsWith("|")) {
                while (i < lines.size() && text(body, lines.get(i)).strip().startsWith("|")) {
                    String row = text(body, lines.get(i));
                    if (!TABLE_RULE.matcher(row).matches()) cells(body, lines.get(i)[0], row, i + 1, blocks);
                    i++;
                }
            } else if (LIST_ITEM.matcher(line).find()) {
                Matcher m = LIST_ITEM.matcher(line);
                m.find();
                int start = lines.get(i)[0] + m.end();
                int last = i++;
                while (i < lines.size() && continues(text(body, lines.get(i)))) last = i++;
                int end = lines.get(last)[0] + text(body, lines.get(last)).stripTrailing().length();
                blocks.add(new Block(Kind.LIST_ITEM, start, end, lineOf(lines, start), body.substring(start, end)));
            } else {
                int first = i;
                int last = i++;
                while (i < lines.size() && continues(text(body, lines.get(i)))) last = i++;
                int start = lines.get(first)[0] + (line.length() - line.stripLeading().length());
                int end = lines.get(last)[0] + text(body, lines.get(last)).stripTrailing().length();
                blocks.add(new Block(Kind.PARAGRAPH, start, end, first + 1, body.substring(start, end)));
            }
        }
        return blocks;
    }

    /** The body with each block's text replaced by the text at the same index of {@code texts}. */
    static String replace(String body, List<Block> blocks, List<String> texts) {
        if (blocks.size() != texts.size()) throw new IllegalArgumentException("one text per block");
        StringBuilder out = new StringBuilder(body);
        for (int i = blocks.size() - 1; i >= 0; i--) out.replace(blocks.get(i).start(), blocks.get(i).end(), texts.get(i));
        return out.toString();
    }

    static List<Kind> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    /** A line that goes on with the paragraph or list item above it. */
    private static boolean continues(String line) {
        return !line.isBlank() && !HEADING.matcher(line).find() && !LIST_ITEM.matcher(line).find()
                && !line.strip().startsWith("|") && !FENCE.matcher(line).find();
    }

    private static void cells(String body, int lineStart, String row, int lineNumber, List<Block> blocks) {
        int i = row.indexOf('|') + 1;
        while (i < row.length()) {
            int next = i;
            while (next < row.length() && row.charAt(next) != '|') next += row.charAt(next) == '\\' ? 2 : 1;
            next = Math.min(next, row.length());
            String cell = row.substring(i, next);
            if (!cell.isBlank()) {
                int start = lineStart + i + (cell.length() - cell.stripLeading().length());
                int end = lineStart + i + cell.stripTrailing().length();
                blocks.add(new Block(Kind.TABLE_CELL, start, end, lineNumber, body.substring(start, end)));
            }
            i = next + 1;
        }
    }

    private static int lineOf(List<int[]> lines, int offset) {
        for (int i = lines.size() - 1; i >= 0; i--) if (lines.get(i)[0] <= offset) return i + 1;
        return 1;
    }

    private static String text(String body, int[] line) {
        return body.substring(line[0], line[1]);
    }
}
