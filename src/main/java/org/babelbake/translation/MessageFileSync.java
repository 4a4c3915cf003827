package org.babelbake.translation;

import org.babelbake.locale.LocaleFormats;
import org.babelbake.locale.MessageCatalog;
import org.babelbake.locale.MessageOrigin;
import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.Problems;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a locale's {@code translations/<tag>.properties} in step with the source file: every
 * source key in the source's order and grouping, its notes ({@code #. } lines, copied from the
 * source's comments), the source text ({@code # en:}), the older source text an outdated value
 * still translates ({@code # en (old):}), translators' own comments and values kept as written,
 * and keys the source no longer has flagged at the end. Running it twice changes nothing.
 */
public final class MessageFileSync {
    static final String UNUSED_FLAG = "# unused: ";
    private static final String GENERATED_HEADER = "# UI strings for ";

    /**
     * A new value for a key, as an import brings it.
     *
     * @param translatedFrom the source text it was made from, when older than the current one
     */
    public record Update(String value, Optional<String> translatedFrom) {
    }

    /** The new file text and what changed in the key list. */
    public record Result(String text, List<String> added, List<String> unused) {
        public Result {
            added = List.copyOf(added);
            unused = List.copyOf(unused);
        }
    }

    private MessageFileSync() {
    }

    /**
     * @param existing the locale's file as it is, if there is one
     * @param updates  values that replace the file's ones, by key
     */
    public static Result sync(SourceText source, Optional<SourceText> existing, String tag, String sourceTag,
                              Map<String, Update> updates) {
        Problems ignored = new Problems();
        Map<String, PropertiesSource.Entry> english = PropertiesSource.parse(source, ignored);
        Map<String, PropertiesSource.Entry> own = existing.map(t -> PropertiesSource.parse(t, ignored)).orElse(new LinkedHashMap<>());
        List<String> sourceLines = source.lines();
        List<String> ownLines = existing.map(SourceText::lines).orElse(List.of());
        StringBuilder out = new StringBuilder();
        List<String> header = leadingComments(ownLines, own);
        if (header.isEmpty() || header.get(0).startsWith(GENERATED_HEADER)) header = generatedHeader(tag, sourceTag);
        header.forEach(line -> out.append(line).append('\n'));
        // a language's own site name and tagline have no source key (their default is in jbake.properties): kept first
        for (PropertiesSource.Entry mine : own.values()) {
            if (english.containsKey(mine.key()) || !MessageCatalog.SITE_KEYS.contains(mine.key())) continue;
            out.append('\n');
            mine.comments().forEach(c -> out.append(c).append('\n'));
            ownLines.subList(mine.line() - 1, mine.endLine()).forEach(line -> out.append(line).append('\n'));
        }
        List<String> added = new ArrayList<>();
        boolean first = true;
        for (PropertiesSource.Entry entry : english.values()) {
            int firstLine = entry.line() - entry.comments().size();
            if (first || firstLine >= 2 && sourceLines.get(firstLine - 2).isBlank()) out.append('\n');
            first = false;
            List<String> notes = entry.comments().stream().map(MessageFileSync::noteText).toList();
            notes.forEach(note -> out.append(MessageOrigin.NOTE).append(note).append('\n'));
            PropertiesSource.Entry mine = own.get(entry.key());
            if (mine == null) added.add(entry.key());
            if (mine != null) {
                for (String comment : mine.comments()) {
                    String line = comment.strip();
                    if (line.startsWith("#.") || MessageOrigin.isRecordLine(line, sourceTag) || line.startsWith(UNUSED_FLAG.strip())
                            || notes.contains(noteText(line))) continue;
                    out.append(comment).append('\n');
                }
            }
            Update update = updates.get(entry.key());
            out.append(MessageOrigin.shownLine(sourceTag, entry.value())).append('\n');
            Optional<String> from;
            if (update != null) {
                from = update.translatedFrom();
            } else if (mine != null && !mine.value().isBlank()) {
                from = MessageOrigin.of(mine.comments(), sourceTag).translatedFrom();
            } else {
                from = Optional.empty();
            }
            String value = update != null ? update.value() : mine != null ? mine.value() : "";
            from.filter(text -> !value.isBlank() && !text.strip().equals(entry.value().strip()))
                    .ifPresent(text -> out.append(MessageOrigin.oldLine(sourceTag, text)).append('\n'));
            if (mine != null && mine.value().equals(value)) {
                ownLines.subList(mine.line() - 1, mine.endLine()).forEach(line -> out.append(line).append('\n'));
            } else {
                out.append(escapeKey(entry.key())).append('=').append(escapeValue(value)).append('\n');
            }
        }
        List<String> unused = new ArrayList<>();
        for (PropertiesSource.Entry mine : own.values()) {
            if (english.containsKey(mine.key()) || MessageCatalog.SITE_KEYS.contains(mine.key())) continue;
            unused.add(mine.key());
            out.append('\n');
            mine.comments().stream().filter(c -> !c.strip().startsWith(UNUSED_FLAG.strip()))
                    .forEach(c -> out.append(c).append('\n'));
            out.append(UNUSED_FLAG).append(sourceTag).append(".properties has no such key any more; delete this entry\n");
            ownLines.subList(mine.line() - 1, mine.endLine()).forEach(line -> out.append(line).append('\n'));
        }
        return new Result(out.toString(), added, unused);
    }

    /** The comment block at the top of a file that belongs to no entry (a blank line ends it). */
    private static List<String> leadingComments(List<String> lines, Map<String, PropertiesSource.Entry> entries) {
        List<String> header = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) return header;
            String stripped = line.strip();
            if (!stripped.startsWith("#") && !stripped.startsWith("!")) return List.of(); // the first entry's comments
            header.add(line);
        }
        return entries.isEmpty() ? header : List.of();
    }

    private static List<String> generatedHeader(String tag, String sourceTag) {
        SiteLocale locale = SiteLocale.create(tag);
        List<String> categories = new LocaleFormats(locale).pluralCategoriesInOrder();
        return List.of(
                GENERATED_HEADER + locale.endonym() + " (" + tag + ").",
                "# An empty value is not translated yet: readers see the " + sourceTag + " text, marked as such.",
                "# Write your translation after the = sign; the \"# " + sourceTag + ":\" line above each key shows the "
                        + sourceTag + " text, and \"#.\" lines explain it.",
                "# A \"# " + sourceTag + " (old):\" line means the " + sourceTag + " text changed after it was translated:",
                "# update the translation, then delete that line. Lines starting with # alone are yours and are kept.",
                "# Keep every {argument} as it is. Write an apostrophe as ’ (a plain ' starts a quote in ICU).",
                "# Plural messages need these categories for " + tag + ": " + String.join(", ", categories) + ".",
                "# After the " + sourceTag + " file changes, run add-locale " + tag + " again to add new keys. See TRANSLATING.md.");
    }

    private static String noteText(String comment) {
        String text = comment.strip();
        if (text.startsWith("#.")) return text.substring(2).strip();
        return text.substring(1).strip();
    }

    static String escapeKey(String key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '=' || c == ':' || c == ' ' || c == '\\' || (i == 0 && (c == '#' || c == '!'))) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    /** A value as one line: backslashes and line breaks escaped, a leading space kept by its escape. */
    static String escapeValue(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }
}
