package org.babelbake.exchange;

import org.babelbake.content.ContentFile;
import org.babelbake.content.ContentFileReader;
import org.babelbake.content.HeaderValue;
import org.babelbake.locale.LocaleDiscovery;
import org.babelbake.locale.MessageCatalog;
import org.babelbake.locale.MessageChecks;
import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.site.SiteProject;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;
import org.babelbake.translation.MessageFileSync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Brings a PO or XLIFF file back into the project: UI strings into {@code translations/<tag>.properties},
 * content units into {@code content/<tag>/...} with their headers stamped. Everything is checked
 * first (the build's message checks included) and nothing is written unless all of it is good.
 * A file whose translations did not change is not rewritten.
 */
public final class Importer {
    private static final List<String> STATUS_ORDER = List.of("draft", "human", "reviewed");

    /** What an import wrote: files relative to the site root. */
    public record Outcome(String tag, List<String> written) {
        public Outcome {
            written = List.copyOf(written);
        }
    }

    private Importer() {
    }

    /**
     * @param displayName the file as the user named it, for messages
     * @param warnings    receives what is allowed but probably a slip
     * @throws BuildFailedException with every problem found; then no file was changed
     */
    public static Outcome importFile(Path siteRoot, Path file, String displayName, LocalDate today, Consumer<Problem> warnings) {
        Problems problems = new Problems();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildFailedException(Problem.inFile(displayName, "cannot be read: " + e.getMessage()));
        }
        Imported imported = switch (ExchangeFormat.ofFile(displayName)) {
            case PO -> PoFile.read(displayName, text, problems);
            case XLIFF -> XliffFile.read(displayName, text, problems);
        };
        problems.throwIfAny();
        SiteProject project = SiteProject.load(siteRoot, problems);
        problems.throwIfAny();
        String tag = imported.tag();
        String sourceTag = project.source().tag();
        String problem = SiteLocale.problemWith(tag);
        if (problem != null) throw new BuildFailedException(new Problem(displayName, 1, "language " + tag + ": " + problem));
        if (tag.equals(sourceTag)) throw new BuildFailedException(new Problem(displayName, 1, "is in the source language " + tag + "; import translations only"));
        Path root = project.root();

        Map<String, Unit> known = new LinkedHashMap<>();
        ExportUnits.collect(project, tag).units().forEach(u -> known.put(u.id(), u));
        List<Imported.Entry> messages = new ArrayList<>();
        Map<String, List<Imported.Entry>> content = new TreeMap<>();
        for (Imported.Entry entry : imported.entries()) {
            Unit now = known.get(entry.unit().id());
            if (now == null) {
                problems.add(displayName, entry.line(), "\"" + entry.unit().id() + "\" is not in the project any more "
                        + "(the source changed since the export); export again and let translation memory fill in the rest");
            } else if (!now.isMessage() && !now.version().equals(entry.unit().version())) {
                problems.add(displayName, entry.line(), "content/" + sourceTag + "/" + now.contentPath() + " changed since this file "
                        + "was exported (version " + entry.unit().version() + ", now " + now.version()
                        + "); export again and let translation memory fill in what is unchanged");
            } else if (now.isMessage()) {
                messages.add(entry);
            } else {
                content.computeIfAbsent(now.contentPath(), k -> new ArrayList<>()).add(entry);
            }
        }
        Map<Path, String> changes = new LinkedHashMap<>();
        messageChanges(root, tag, sourceTag, displayName, messages, problems, warnings, changes);
        for (Map.Entry<String, List<Imported.Entry>> part : content.entrySet()) {
            contentChange(project, tag, part.getKey(), part.getValue(), imported, displayName, today, problems, changes);
        }
        problems.throwIfAny();
        return new Outcome(tag, write(root, changes));
    }

    private static void messageChanges(Path root, String tag, String sourceTag, String displayName, List<Imported.Entry> entries,
                                       Problems problems, Consumer<Problem> warnings, Map<Path, String> changes) {
        Path folder = root.resolve(LocaleDiscovery.FOLDER);
        SourceText source = SourceText.read(root, folder.resolve(sourceTag + LocaleDiscovery.SUFFIX));
        Path target = folder.resolve(tag + LocaleDiscovery.SUFFIX);
        Optional<SourceText> existing = Files.exists(target) ? Optional.of(SourceText.read(root, target)) : Optional.empty();
        Map<String, MessageFileSync.Update> updates = new LinkedHashMap<>();
        List<PropertiesSource.Entry> values = new ArrayList<>();
        for (Imported.Entry entry : entries) {
            Unit unit = entry.unit();
            if (unit.target().isBlank()) continue; // untranslated: the file keeps what it has
            Optional<String> from = entry.current() ? Optional.of(unit.source())
                    : unit.previousSource().or(() -> Optional.of(unit.source() + " (changed since)"));
            updates.put(unit.id(), new MessageFileSync.Update(unit.target(), from));
            // without a column, message errors count characters in the value instead of columns in the file
            values.add(new PropertiesSource.Entry(unit.id(), unit.target(), entry.line(),
                    entry.column() > 0 ? entry.line() : entry.line() + 1, Math.max(1, entry.column()), List.of()));
        }
        if (updates.isEmpty()) return;
        Problems ignored = new Problems();
        MessageCatalog sourceCatalog = MessageCatalog.load(root, folder.resolve(sourceTag + LocaleDiscovery.SUFFIX),
                SiteLocale.create(sourceTag), sourceTag, ignored);
        MessageCatalog imported = MessageCatalog.of(SiteLocale.create(tag), displayName, values, sourceTag, problems);
        MessageChecks.check(imported, sourceCatalog, problems, warnings);
        String text = MessageFileSync.sync(source, existing, tag, sourceTag, updates).text();
        if (!existing.map(SourceText::text).filter(text::equals).isPresent()) changes.put(target, text);
    }

    private static void contentChange(SiteProject project, String tag, String path, List<Imported.Entry> entries,
                                      Imported imported, String displayName, LocalDate today, Problems problems,
                                      Map<Path, String> changes) {
        String sourceTag = project.source().tag();
        ContentFile english = project.tree().files(sourceTag).get(path);
        ContentFile existing = project.tree().files(tag).get(path);
        if (entries.stream().allMatch(e -> e.unit().target().isEmpty())) return;
        Map<String, Imported.Entry> fields = new LinkedHashMap<>();
        Map<Integer, Imported.Entry> blocks = new TreeMap<>();
        for (Imported.Entry entry : entries) {
            String field = entry.unit().field();
            if (field.startsWith("block.")) {
                blocks.put(Integer.parseInt(field.substring("block.".length())), entry);
            } else {
                fields.put(field, entry);
                if (entry.unit().target().contains("\n")) {
                    problems.add(displayName, entry.line(), "the " + field + " of " + path + " is one line; remove the line break");
                }
            }
        }
        List<MarkdownBlocks.Block> englishBlocks = MarkdownBlocks.of(english.body());
        List<String> texts = new ArrayList<>();
        Imported.Entry firstMissing = null;
        for (int i = 1; i <= englishBlocks.size(); i++) {
            Imported.Entry entry = blocks.get(i);
            if (entry == null || entry.unit().target().isEmpty()) {
                if (firstMissing == null) firstMissing = entry;
            } else {
                texts.add(entry.unit().target());
            }
        }
        String body;
        if (texts.size() == englishBlocks.size()) {
            List<MarkdownBlocks.Block> theirs = existing == null ? List.of() : MarkdownBlocks.of(existing.body());
            boolean aligned = MarkdownBlocks.kinds(theirs).equals(MarkdownBlocks.kinds(englishBlocks));
            body = aligned ? MarkdownBlocks.replace(existing.body(), theirs, texts) : MarkdownBlocks.replace(english.body(), englishBlocks, texts);
        } else if (texts.isEmpty() && existing != null) {
            body = existing.body();
        } else {
            int line = firstMissing != null ? firstMissing.line() : entries.get(0).line();
            problems.add(displayName, line, path + " has " + texts.size() + " of its " + englishBlocks.size()
                    + " text blocks translated; translate the rest too (a content file is written whole) or leave all of its blocks empty");
            return;
        }
        Imported.Entry title = fields.get("title");
        if (existing == null && title != null && title.unit().target().isEmpty()) {
            problems.add(displayName, title.line(), path + " is new in " + tag + " and needs its title translated too");
            return;
        }
        boolean current = entries.stream().filter(e -> !e.unit().target().isEmpty()).allMatch(Imported.Entry::current);
        Optional<String> stamp = current ? Optional.of(entries.get(0).unit().version())
                : entries.stream().filter(e -> !e.current() && !e.unit().target().isEmpty()).findFirst().flatMap(e -> e.unit().translatedFrom());
        String status = entries.stream().filter(e -> !e.unit().target().isEmpty()).map(e -> e.status().orElse("draft"))
                .min((a, b) -> Integer.compare(rank(a), rank(b))).orElse("draft");

        List<String> header = new ArrayList<>();
        if (existing != null) {
            List<String> lines = SourceText.read(project.root(), existing.path()).lines();
            header.addAll(lines.subList(0, lines.indexOf(ContentFileReader.SEPARATOR)));
        } else {
            // the source's header order, with the headers a translation keeps (type, status, keyword) and the translated ones
            english.headers().entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparingInt(HeaderValue::line)))
                    .forEach(h -> {
                        String key = h.getKey();
                        if (List.of("type", "status", "keyword").contains(key)) header.add(key + "=" + h.getValue().value());
                        Imported.Entry field = fields.get(key);
                        if (field != null && !field.unit().target().isEmpty()) header.add(key + "=" + field.unit().target());
                    });
        }
        for (Map.Entry<String, Imported.Entry> field : fields.entrySet()) {
            String target = field.getValue().unit().target();
            if (!target.isEmpty()) set(header, field.getKey(), target);
        }
        set(header, "translation.status", status);
        stamp.ifPresent(s -> set(header, "translation.source", s));
        String unchanged = String.join("\n", header) + "\n" + ContentFileReader.SEPARATOR + "\n" + body;
        Path target = project.root().resolve("content").resolve(tag).resolve(path);
        String before = existing == null ? null : SourceText.read(project.root(), existing.path()).text();
        if (unchanged.equals(before)) return;
        set(header, "translation.date", today.toString());
        Optional.ofNullable(imported.translators().get(path)).or(() -> Optional.ofNullable(imported.translators().get("*")))
                .ifPresent(by -> set(header, "translation.by", by));
        changes.put(target, String.join("\n", header) + "\n" + ContentFileReader.SEPARATOR + "\n" + body);
    }

    /** Sets a header line, in place when it exists, otherwise before the translation headers (or at the end). */
    private static void set(List<String> header, String key, String value) {
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i);
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).strip().equals(key)) {
                if (!line.substring(eq + 1).strip().equals(value)) header.set(i, key + "=" + value);
                return;
            }
        }
        int at = header.size();
        if (!key.startsWith("translation.")) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).startsWith("translation.")) {
                    at = i;
                    break;
                }
            }
        }
        header.add(at, key + "=" + value);
    }

    private static int rank(String status) {
        int rank = STATUS_ORDER.indexOf(status);
        return rank < 0 ? 0 : rank;
    }

    /** Writes every file beside itself first, then moves each into place, so a failure leaves no half-written file. */
    private static List<String> write(Path root, Map<Path, String> changes) {
        List<String> written = new ArrayList<>();
        try {
            Map<Path, Path> staged = new LinkedHashMap<>();
            for (Map.Entry<Path, String> change : changes.entrySet()) {
                Files.createDirectories(change.getKey().getParent());
                Path temp = change.getKey().resolveSibling("." + change.getKey().getFileName() + ".import");
                Files.writeString(temp, change.getValue(), StandardCharsets.UTF_8);
                staged.put(temp, change.getKey());
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(root.relativize(move.getValue()).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
