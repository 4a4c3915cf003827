package org.babelbake.translation;

import org.babelbake.json.Json;
import org.babelbake.json.JsonValue;
import org.babelbake.problem.FileFailure;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the translation status as {@code translation-status.json} (a fixed shape that scripts rely on)
 * and as a readable {@code translation-status.html} beside it.
 */
public final class StatusReport {
    public static final String JSON = "translation-status.json";
    public static final String HTML = "translation-status.html";

    private StatusReport() {
    }

    public static void write(TranslationStatus status, Path folder) {
        write(folder.resolve(JSON), json(status));
        write(folder.resolve(HTML), html(status));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileFailure.of(file, e);
        }
    }

    public static String json(TranslationStatus status) {
        Map<String, LocaleJson> locales = new LinkedHashMap<>();
        for (LocaleStatus locale : status.locales().values()) {
            List<PageJson> pages = locale.pages().entrySet().stream()
                    .map(page -> new PageJson(page.getKey(), page.getValue().json())).toList();
            List<InvalidJson> invalid = locale.invalidMessages().entrySet().stream()
                    .map(entry -> new InvalidJson(entry.getKey(), entry.getValue())).toList();
            locales.put(locale.locale(), new LocaleJson(pages,
                    new MessagesJson(locale.missingMessages(), invalid, locale.unusedMessages(), locale.outdatedMessages())));
        }
        return Json.pretty(new StatusJson(status.sourceLocale(), locales));
    }

    // The file's shape, one record per JSON object; the property order is part of the contract, and no value is null.

    record StatusJson(String sourceLocale, Map<String, LocaleJson> locales) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("sourceLocale", sourceLocale, "locales", locales);
        }
    }

    record LocaleJson(List<PageJson> pages, MessagesJson messages) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("pages", pages, "messages", messages);
        }
    }

    record PageJson(String path, String status) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("path", path, "status", status);
        }
    }

    record MessagesJson(List<String> missing, List<InvalidJson> invalid, List<String> unused, List<String> outdated)
            implements JsonValue {
        @Override
        public Object json() {
            return Json.object("missing", missing, "invalid", invalid, "unused", unused, "outdated", outdated);
        }
    }

    record InvalidJson(String key, String error) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("key", key, "error", error);
        }
    }

    static String html(TranslationStatus status) {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en" dir="ltr">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Translation status</title>
                <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5}
                table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:start}
                .translated{background:#e6f4ea}.outdated{background:#fff4d6}.unstamped{background:#e8f0fe}.missing{background:#fde8e8}code{font-size:.9em}
                del{background:#fde8e8;text-decoration:line-through}ins{background:#e6f4ea;text-decoration:none}.diff{white-space:pre-wrap}</style>
                </head>
                <body>
                <h1>Translation status</h1>
                """);
        out.append("<p>Source language: <code>").append(escape(status.sourceLocale())).append("</code>. ")
                .append("<strong>Outdated</strong> means the source file changed after it was translated: update the "
                        + "translation, then run <code>java -jar target/babelbake.jar stamp FILE</code>. "
                        + "<strong>Not yet stamped</strong> means a translation has no <code>translation.source</code> yet: "
                        + "readers see it as a translation; stamp it once it is up to date. "
                        + "<strong>Missing</strong> means readers see the source text.</p>\n");
        for (LocaleStatus locale : status.locales().values()) {
            out.append("<section><h2 id=\"").append(escape(locale.locale())).append("\">").append(escape(locale.locale()))
                    .append("</h2>\n<p>").append(locale.count(PageState.TRANSLATED)).append(" translated, ")
                    .append(locale.count(PageState.OUTDATED)).append(" outdated, ")
                    .append(locale.count(PageState.UNSTAMPED)).append(" not yet stamped, ")
                    .append(locale.count(PageState.MISSING)).append(" missing pages; ")
                    .append(locale.missingMessages().size()).append(" missing, ")
                    .append(locale.invalidMessages().size()).append(" invalid, ")
                    .append(locale.outdatedMessages().size()).append(" outdated, ")
                    .append(locale.unusedMessages().size()).append(" unused UI strings.</p>\n");
            if (!locale.oldStamps().isEmpty()) {
                out.append("<p class=\"old-stamps\">").append(locale.oldStamps().size()).append(" file(s) carry an old body-only "
                        + "stamp of the current source: run <code>java -jar target/babelbake.jar stamp --upgrade</code> once "
                        + "to mark them translated (see TRANSLATING.md).</p>\n");
            }
            out.append("<table><thead><tr><th>File</th><th>Status</th></tr></thead><tbody>\n");
            locale.pages().entrySet().forEach(page ->
                    out.append("<tr class=\"").append(page.getValue().json()).append("\"><td><code>content/")
                            .append(escape(locale.locale())).append('/').append(escape(page.getKey()))
                            .append("</code></td><td>").append(page.getValue().label()).append("</td></tr>\n"));
            out.append("</tbody></table>\n");
            locale.changes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(change -> changes(out, "content/" + locale.locale() + "/" + change.getKey(), change.getValue()));
            list(out, "Missing UI strings", locale.missingMessages());
            list(out, "Invalid UI strings", locale.invalidMessages().values().stream().toList());
            list(out, "Outdated UI strings (the source text changed; update them, then delete their # "
                    + status.sourceLocale() + " (old): line)", locale.outdatedMessages());
            list(out, "Unused UI strings (not in the source file)", locale.unusedMessages());
            out.append("</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** What changed in the source of one outdated file: a word diff per changed part, or why there is none. */
    private static void changes(StringBuilder out, String file, SourceChange change) {
        out.append("<h3>What changed in the source of <code>").append(escape(file)).append("</code></h3>\n");
        change.since().ifPresent(r -> out.append("<p>Since commit <code>").append(r.shortCommit())
                .append("</code>, the version this translation was stamped with.</p>\n"));
        change.unavailable().ifPresent(why -> out.append("<p class=\"diff-unavailable\">The diff is unavailable: ")
                .append(escape(why)).append(".</p>\n"));
        if (change.parts().isEmpty()) return;
        out.append("<dl class=\"changes\">");
        for (SourceChange.PartChange part : change.parts()) {
            out.append("<dt>").append(escape(part.label())).append("</dt><dd class=\"diff\">");
            for (WordDiff.Segment segment : part.diff()) {
                switch (segment.kind()) {
                    case SAME -> out.append(escape(segment.text()));
                    case REMOVED -> out.append("<del>").append(escape(segment.text())).append("</del>");
                    case ADDED -> out.append("<ins>").append(escape(segment.text())).append("</ins>");
                }
            }
            out.append("</dd>");
        }
        out.append("</dl>\n");
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) return;
        out.append("<h3>").append(title).append("</h3><ul>");
        items.forEach(item -> out.append("<li><code>").append(escape(item)).append("</code></li>"));
        out.append("</ul>\n");
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
