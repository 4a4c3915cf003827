package org.babelbake.translation;

import org.babelbake.locale.LocaleDiscovery;
import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.FileFailure;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;
import org.babelbake.theme.BuiltInTheme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates {@code translations/<tag>.properties} for a new locale, or brings an existing one in
 * step with the source file ({@link MessageFileSync}). A new file has every key empty, with the
 * source text shown in a comment above it: an empty value means "not translated yet", so the new
 * locale builds at once, all in visible fallback, and each key filled in replaces one fallback.
 */
public final class LocaleScaffold {
    /**
     * @param created whether the file is new
     * @param added   keys the file did not have
     * @param unused  keys the source no longer has, flagged in the file
     */
    public record Outcome(Path file, boolean created, List<String> added, List<String> unused) {
        public Outcome {
            added = List.copyOf(added);
            unused = List.copyOf(unused);
        }
    }

    private LocaleScaffold() {
    }

    public static Outcome createOrSync(Path siteRoot, String tag, String sourceLocale) {
        String problem = SiteLocale.problemWith(tag);
        if (problem != null) throw new BuildFailedException(Problem.inFile(LocaleDiscovery.FOLDER + "/" + tag + ".properties", problem));
        if (tag.equals(sourceLocale)) {
            throw new BuildFailedException(Problem.inFile(LocaleDiscovery.FOLDER + "/" + tag + LocaleDiscovery.SUFFIX,
                    "is the source language's file; name a translation's tag instead"));
        }
        Path target = siteRoot.resolve(LocaleDiscovery.FOLDER).resolve(tag + LocaleDiscovery.SUFFIX);
        Path sourceFile = siteRoot.resolve(LocaleDiscovery.FOLDER).resolve(sourceLocale + LocaleDiscovery.SUFFIX);
        Problems problems = new Problems();
        // A site may leave its source strings to the jar's built-in ones.
        SourceText source = Files.exists(sourceFile) ? SourceText.read(siteRoot, sourceFile)
                : BuiltInTheme.translations(sourceLocale).orElseGet(() -> SourceText.read(siteRoot, sourceFile));
        PropertiesSource.parse(source, problems);
        boolean exists = Files.exists(target);
        Optional<SourceText> existing = exists ? Optional.of(SourceText.read(siteRoot, target)) : Optional.empty();
        existing.ifPresent(text -> PropertiesSource.parse(text, problems));
        problems.throwIfAny();
        MessageFileSync.Result result = MessageFileSync.sync(source, existing, tag, sourceLocale, Map.of());
        try {
            Files.createDirectories(target.getParent());
            if (!existing.map(SourceText::text).filter(result.text()::equals).isPresent()) {
                Files.writeString(target, result.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw FileFailure.of(target, e);
        }
        return new Outcome(target, !exists, exists ? result.added() : List.of(), result.unused());
    }
}
