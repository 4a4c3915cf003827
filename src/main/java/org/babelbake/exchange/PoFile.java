package org.babelbake.exchange;

import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU gettext PO: one entry per unit, {@code msgctxt} naming it, {@code #.} the source's comment
 * and Babelbake's version line, {@code #:} where the source text is, {@code #, fuzzy} (with the
 * previous source as {@code #| msgid} when known) for an outdated translation.
 */
final class PoFile {
    private static final String VERSION_NOTE = "babelbake ";
    private static final Pattern VERSION = Pattern.compile("version=([0-9a-f]{12})(?: from=([0-9a-f]{12}))?(?: status=(\\w+))?");

    private PoFile() {
    }

    static String write(Exchange exchange) {
        StringBuilder out = new StringBuilder();
        out.append("# Babelbake: ").append(exchange.sourceTag()).append(" → ").append(exchange.tag())
                .append(". Translate the msgstr texts; bring the file back with: babelbake import FILE\n")
                .append("# Keep {arguments}, Markdown links [text][name] and (#anchors) as they are.\n")
                .append("msgid \"\"\nmsgstr \"\"\n");
        List<String> header = new ArrayList<>(List.of("Project-Id-Version: Babelbake", "Language: " + Exchange.gettextName(exchange.tag()),
                "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"));
        exchange.revised().ifPresent(date -> header.add("PO-Revision-Date: " + date + " 00:00+0000"));
        header.add("Last-Translator: " + exchange.mainTranslator().orElse(""));
        header.add("Language-Team: " + SiteLocale.create(exchange.tag()).endonym());
        header.add("X-Babelbake-Source-Language: " + exchange.sourceTag());
        header.forEach(h -> out.append('"').append(escape(h + "\n")).append("\"\n"));
        for (Unit unit : exchange.units()) {
            out.append('\n');
            out.append("#. ").append(unit.kind()).append('\n');
            unit.note().ifPresent(note -> note.lines().forEach(line -> out.append("#. ").append(line).append('\n')));
            out.append("#. ").append(VERSION_NOTE).append("version=").append(unit.version());
            unit.translatedFrom().ifPresent(from -> out.append(" from=").append(from));
            unit.status().ifPresent(status -> out.append(" status=").append(status));
            out.append('\n').append("#: ").append(unit.location()).append('\n');
            if (unit.outdated()) {
                out.append("#, fuzzy\n");
                unit.previousSource().ifPresent(previous -> string(out, "#| msgid", previous));
            }
            string(out, "msgctxt", unit.id());
            string(out, "msgid", unit.source());
            string(out, "msgstr", unit.target());
        }
        return out.toString();
    }

    /** Reads a PO file; every problem goes to {@code problems} as {@code FILE:LINE: ...}. */
    static Imported read(String name, String text, Problems problems) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        Map<String, String> fields = new LinkedHashMap<>();
        List<Imported.Entry> entries = new ArrayList<>();
        Raw raw = new Raw();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.isEmpty()) {
                if (raw.started()) finish(name, raw, fields, entries, problems);
                raw = new Raw();
                continue;
            }
            if (line.startsWith("#")) {
                if (raw.msgid != null) { // comments of the next entry without a blank line between
                    finish(name, raw, fields, entries, problems);
                    raw = new Raw();
                }
                raw.comments.add(line);
                if (raw.firstLine == 0) raw.firstLine = i + 1;
                continue;
            }
            Matcher keyword = Pattern.compile("^(msgctxt|msgid_plural|msgid|msgstr(?:\\[\\d+])?)\\s+(\".*)$").matcher(line);
            if (keyword.matches()) {
                if (keyword.group(1).equals("msgctxt") && raw.msgid != null) {
                    finish(name, raw, fields, entries, problems);
                    raw = new Raw();
                }
                if (raw.firstLine == 0) raw.firstLine = i + 1;
                raw.current = keyword.group(1);
                if (raw.current.equals("msgstr")) {
                    raw.msgstrLine = i + 1;
                    raw.msgstrOneLine = lines.get(i).startsWith("msgstr \"");
                }
                raw.put(raw.current, unquote(keyword.group(2), name, i + 1, problems));
            } else if (line.startsWith("\"") && raw.current != null) {
                raw.append(raw.current, unquote(line, name, i + 1, problems));
                if (raw.current.equals("msgstr")) raw.msgstrOneLine = false;
            } else {
                problems.add(name, i + 1, "\"" + abbreviate(line) + "\" is not PO syntax; every text line is in \"quotes\" "
                        + "after msgctxt, msgid or msgstr");
            }
        }
        String language = fields.get("Language");
        String stem = Path.of(name).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if ((language == null || language.isBlank()) && SiteLocale.problemWith(Exchange.bcp47(stem)) == null) language = stem;
        if (language == null || language.isBlank()) {
            problems.add(name, 1, "the header has no Language field and the file name is not a language; add \"Language: pt_BR\\n\" (the translation's language)");
            language = "und";
        }
        Map<String, String> translators = new LinkedHashMap<>();
        Optional.ofNullable(fields.get("Last-Translator")).map(PoFile::withoutEmail).filter(s -> !s.isBlank())
                .ifPresent(by -> translators.put("*", by));
        return new Imported(name, Exchange.bcp47(language.strip()), translators, entries);
    }

    private static void finish(String name, Raw raw, Map<String, String> fields, List<Imported.Entry> entries, Problems problems) {
        if (raw.msgid == null) return; // comments only (e.g. the file's heading)
        if (raw.values.containsKey("msgid_plural")) {
            problems.add(name, raw.firstLine, "plural entries (msgid_plural) are not used by Babelbake; "
                    + "keep the entries as exported (ICU plurals travel inside msgstr)");
            return;
        }
        String msgstr = raw.values.getOrDefault("msgstr", "");
        if (raw.msgid.isEmpty() && !raw.values.containsKey("msgctxt")) {
            msgstr.lines().forEach(field -> {
                int colon = field.indexOf(':');
                if (colon > 0) fields.put(field.substring(0, colon).strip(), field.substring(colon + 1).strip());
            });
            return;
        }
        String context = raw.values.get("msgctxt");
        if (context == null) {
            problems.add(name, raw.firstLine, "entry has no msgctxt, so Babelbake cannot tell what it translates; "
                    + "keep the msgctxt lines of the exported file");
            return;
        }
        String version = null;
        Optional<String> from = Optional.empty();
        Optional<String> status = Optional.empty();
        boolean fuzzy = false;
        Optional<String> previous = Optional.empty();
        for (String comment : raw.comments) {
            if (comment.startsWith("#. " + VERSION_NOTE)) {
                Matcher m = VERSION.matcher(comment);
                if (m.find()) {
                    version = m.group(1);
                    from = Optional.ofNullable(m.group(2));
                    status = Optional.ofNullable(m.group(3));
                }
            } else if (comment.startsWith("#,")) {
                fuzzy |= List.of(comment.substring(2).split(",")).stream().map(String::strip).anyMatch("fuzzy"::equals);
            } else if (comment.startsWith("#| msgid ")) {
                previous = Optional.of(unquote(comment.substring("#| msgid ".length()).strip(), name, raw.firstLine, problems));
            } else if (comment.startsWith("#| \"") && previous.isPresent()) {
                previous = Optional.of(previous.get() + unquote(comment.substring(3).strip(), name, raw.firstLine, problems));
            }
        }
        if (version == null) {
            problems.add(name, raw.firstLine, "entry \"" + context + "\" has lost its \"#. babelbake version=...\" line; "
                    + "export again, or copy the line back from the exported file");
            return;
        }
        Unit unit = new Unit(context, "", Optional.empty(), "", raw.msgid, msgstr, version, from, status, previous);
        boolean asWritten = raw.msgstrLine > 0 && raw.msgstrOneLine && escape(msgstr).equals(msgstr);
        entries.add(new Imported.Entry(unit, !fuzzy, status, raw.msgstrLine == 0 ? raw.firstLine : raw.msgstrLine,
                asWritten ? "msgstr \"".length() + 1 : 0));
    }

    private static void string(StringBuilder out, String keyword, String text) {
        if (!text.contains("\n") || text.indexOf('\n') == text.length() - 1) {
            out.append(keyword).append(" \"").append(escape(text)).append("\"\n");
            return;
        }
        out.append(keyword).append(" \"\"\n");
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            String prefix = keyword.startsWith("#|") ? "#| " : "";
            out.append(prefix).append('"').append(escape(text.substring(start, end))).append("\"\n");
            start = end;
        }
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    private static String unquote(String quoted, String name, int line, Problems problems) {
        if (quoted.length() < 2 || !quoted.startsWith("\"") || !quoted.endsWith("\"")) {
            problems.add(new Problem(name, line, "text " + abbreviate(quoted) + " is not in \"quotes\"; "
                    + "end it with \" (write a quote inside the text as \\\")"));
            return "";
        }
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                problems.add(new Problem(name, line, "a quote inside the text ends it early; write it as \\\" or use ” instead"));
                return out.toString();
            }
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static String withoutEmail(String translator) {
        return translator.replaceAll("\\s*<[^>]*>", "").strip();
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 37) + "..." : line;
    }

    /** One entry as it is read, before it is checked. */
    private static final class Raw {
        final List<String> comments = new ArrayList<>();
        final Map<String, String> values = new LinkedHashMap<>();
        String msgid;
        String current;
        int firstLine;
        int msgstrLine;
        boolean msgstrOneLine;

        boolean started() {
            return msgid != null || !comments.isEmpty();
        }

        void put(String key, String value) {
            values.put(key, value);
            if (key.equals("msgid")) msgid = value;
        }

        void append(String key, String value) {
            values.merge(key, value, String::concat);
            if (key.equals("msgid")) msgid = values.get(key);
        }
    }
}
