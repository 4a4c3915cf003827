package org.babelbake.exchange;

import org.babelbake.content.ContentFile;
import org.babelbake.content.SourceVersion;
import org.babelbake.locale.LocaleDiscovery;
import org.babelbake.locale.MessageOrigin;
import org.babelbake.problem.Problems;
import org.babelbake.site.SiteProject;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Collects a locale's units from a project: its UI strings, then every content file's fields and blocks. */
final class ExportUnits {
    private static final Comparator<String> REFERENCE_ORDER = Comparator.comparingInt(ExportUnits::referenceNumber);

    private ExportUnits() {
    }

    static Exchange collect(SiteProject project, String tag) {
        String sourceTag = project.source().tag();
        List<Unit> units = new ArrayList<>(messages(project.root(), tag, sourceTag));
        Map<String, String> translators = new TreeMap<>();
        Map<String, ContentFile> own = project.tree().files(tag);
        for (ContentFile english : new TreeMap<>(project.tree().files(sourceTag)).values()) {
            ContentFile translated = own.get(english.relPath());
            if (translated != null) translated.header("translation.by").ifPresent(by -> translators.put(english.relPath(), by));
            units.addAll(content(english, translated));
        }
        Optional<String> revised = own.values().stream().flatMap(f -> f.date("translation.date").stream())
                .max(Comparator.naturalOrder()).or(() -> project.contentDates().stream().max(Comparator.naturalOrder()))
                .map(Object::toString);
        return new Exchange(tag, sourceTag, translators, revised, units);
    }

    private static List<Unit> messages(Path root, String tag, String sourceTag) {
        Problems ignored = new Problems();
        Path folder = root.resolve(LocaleDiscovery.FOLDER);
        SourceText sourceFile = SourceText.read(root, folder.resolve(sourceTag + LocaleDiscovery.SUFFIX));
        Path ownPath = folder.resolve(tag + LocaleDiscovery.SUFFIX);
        Map<String, PropertiesSource.Entry> own = Files.exists(ownPath)
                ? PropertiesSource.parse(SourceText.read(root, ownPath), ignored) : new LinkedHashMap<>();
        List<Unit> units = new ArrayList<>();
        for (PropertiesSource.Entry entry : PropertiesSource.parse(sourceFile, ignored).values()) {
            if (entry.value().isBlank()) continue;
            String version = MessageOrigin.version(entry.value());
            PropertiesSource.Entry mine = own.get(entry.key());
            String target = mine == null ? "" : mine.value();
            Optional<String> translatedFrom = Optional.empty();
            Optional<String> previous = Optional.empty();
            if (!target.isBlank()) {
                MessageOrigin origin = MessageOrigin.of(mine.comments(), sourceTag);
                boolean outdated = origin.isOutdated(entry.value());
                translatedFrom = Optional.of(outdated ? MessageOrigin.version(origin.translatedFrom().orElseThrow()) : version);
                if (outdated) previous = origin.translatedFrom();
            }
            String note = String.join("\n", entry.comments().stream().map(c -> c.strip().substring(1).strip()).toList());
            units.add(new Unit(entry.key(), "UI string", note.isEmpty() ? Optional.empty() : Optional.of(note),
                    sourceFile.name() + ":" + entry.line(), entry.value(), target.isBlank() ? "" : target, version,
                    translatedFrom, Optional.empty(), previous));
        }
        return units;
    }

    private static List<Unit> content(ContentFile english, ContentFile translated) {
        String version = SourceVersion.of(english);
        Optional<String> from = translated == null ? Optional.empty() : translated.header("translation.source");
        Optional<String> status = translated == null ? Optional.empty() : translated.header("translation.status");
        String id = english.relPath() + "#";
        List<Unit> units = new ArrayList<>();
        for (String field : fields(english)) {
            String target = translated == null ? "" : translated.header(field).orElse("");
            units.add(new Unit(id + field, fieldKind(english, field), Optional.empty(),
                    english.name() + ":" + english.lineOf(field), english.required(field), target, version,
                    target.isEmpty() ? Optional.empty() : from, status, Optional.empty()));
        }
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.of(english.body());
        List<MarkdownBlocks.Block> theirs = translated == null ? List.of() : MarkdownBlocks.of(translated.body());
        // a translation whose blocks do not line up with the source's cannot be cut the same way: sent untranslated
        boolean aligned = MarkdownBlocks.kinds(blocks).equals(MarkdownBlocks.kinds(theirs));
        for (int i = 0; i < blocks.size(); i++) {
            MarkdownBlocks.Block block = blocks.get(i);
            String target = aligned ? theirs.get(i).text() : "";
            units.add(new Unit(id + "block." + (i + 1), block.kind().label, Optional.empty(),
                    english.name() + ":" + (english.bodyLine() + block.line() - 1), block.text(), target, version,
                    target.isEmpty() ? Optional.empty() : from, status, Optional.empty()));
        }
        return units;
    }

    /** The headers a translator translates, in the order a translator meets them. */
    static List<String> fields(ContentFile english) {
        List<String> fields = new ArrayList<>();
        fields.add("title");
        if (english.header("description").isPresent()) fields.add("description");
        english.headers().keySet().stream().filter(k -> k.matches("ref\\.\\d+\\.title")).sorted(REFERENCE_ORDER).forEach(fields::add);
        return fields;
    }

    private static String fieldKind(ContentFile english, String field) {
        if (field.startsWith("ref.")) return "reference title";
        if (field.equals("description")) return "description";
        return switch (english.header("type").orElse("")) {
            case "term" -> "glossary term";
            case "section" -> "section heading";
            case "article" -> "article title";
            default -> "title";
        };
    }

    private static int referenceNumber(String key) {
        return Integer.parseInt(key.substring(4, key.indexOf('.', 4)));
    }
}
