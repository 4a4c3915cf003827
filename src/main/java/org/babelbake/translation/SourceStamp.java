package org.babelbake.translation;

import org.babelbake.content.ContentFile;
import org.babelbake.content.ContentFileReader;
import org.babelbake.content.ContentTree;
import org.babelbake.content.SourceVersion;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.FileFailure;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.source.SitePaths;
import org.babelbake.source.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Marks a translated file as made from the current source: sets its {@code translation.source}
 * header to the source file's {@link SourceVersion}. Run it after bringing a translation up to
 * date. Also upgrades, once, the body-only stamps that earlier Babelbake versions wrote.
 */
public final class SourceStamp {
    private static final String HEADER = "translation.source";

    private SourceStamp() {
    }

    /** @return the version written */
    public static String stamp(Path siteRoot, Path translated, String sourceLocale) {
        String name = SitePaths.relativeName(siteRoot, translated);
        String[] parts = name.split("/", 3);
        if (parts.length < 3 || !parts[0].equals("content")) {
            throw new BuildFailedException(Problem.inFile(name, "is not a content file; give a path like content/es/imnm/20-symptoms.md"));
        }
        if (parts[1].equals(sourceLocale)) {
            throw new BuildFailedException(Problem.inFile(name, "is a source file; stamp its translations instead"));
        }
        Path sourcePath = siteRoot.resolve("content").resolve(sourceLocale).resolve(parts[2]);
        if (!Files.isRegularFile(sourcePath)) {
            throw new BuildFailedException(Problem.inFile(name, "has no source file content/" + sourceLocale + "/" + parts[2]));
        }
        Problems problems = new Problems();
        ContentFile source = ContentFileReader.read(siteRoot, sourcePath, sourceLocale, sourceLocale, parts[2], problems);
        problems.throwIfAny();
        String version = SourceVersion.of(source);
        write(siteRoot, translated, name, version);
        return version;
    }

    /**
     * Rewrites every translation stamped with the old body-only hash of its current source to the
     * source's version: it was made from the current text, so it stays translated. Other stamps are
     * left alone (an old stamp of an older text stays outdated).
     *
     * @return the files rewritten, as names relative to the site root
     */
    public static List<String> upgrade(Path siteRoot, ContentTree tree, String sourceLocale, Iterable<String> locales) {
        Map<String, ContentFile> sources = tree.files(sourceLocale);
        List<String> upgraded = new ArrayList<>();
        BodyOnlyStamps bodyOnly = new BodyOnlyStamps();
        for (String locale : locales) {
            if (locale.equals(sourceLocale)) continue;
            tree.files(locale).forEach((relPath, translated) -> {
                ContentFile source = sources.get(relPath);
                if (source == null) return;
                String stamp = translated.header(HEADER).orElse("");
                if (bodyOnly.matches(source, stamp) && !stamp.equals(SourceVersion.of(source))) {
                    write(siteRoot, translated.path(), translated.name(), SourceVersion.of(source));
                    upgraded.add(translated.name());
                }
            });
        }
        return upgraded.stream().sorted().toList();
    }

    private static void write(Path siteRoot, Path translated, String name, String version) {
        List<String> lines = new ArrayList<>(SourceText.read(siteRoot, translated).lines());
        int separator = lines.indexOf(ContentFileReader.SEPARATOR);
        if (separator < 0) throw new BuildFailedException(new Problem(name, 1, "has no header end (~~~~~~); add the header first"));
        // The key as the build reads it (ContentFileReader): "translation.source = abc" is the same header.
        int existing = -1;
        for (int i = separator - 1; i >= 0; i--) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).strip().equals(HEADER)) {
                if (existing >= 0) lines.remove(existing); // a second copy would be a header error; keep the first
                existing = i;
            }
        }
        if (existing >= 0) lines.set(existing, HEADER + "=" + version);
        else lines.add(lines.indexOf(ContentFileReader.SEPARATOR), HEADER + "=" + version);
        try {
            Files.writeString(translated, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileFailure.of(translated, e);
        }
    }
}
