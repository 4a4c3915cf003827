package org.babelbake.translation;

import org.babelbake.locale.LocaleDiscovery;
import org.babelbake.locale.LocaleFormats;
import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.FileFailure;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Creates {@code translations/<tag>.properties} for a new locale: every key of the source file,
 * empty, with the source text shown in a comment above it. An empty value means "not translated
 * yet", so the new locale builds at once, all in visible fallback, and each key filled in
 * replaces one fallback.
 */
public final class LocaleScaffold {
    private LocaleScaffold() {
    }

    /** @return the file created */
    public static Path create(Path siteRoot, String tag, String sourceLocale) {
        String problem = SiteLocale.problemWith(tag);
        if (problem != null) throw new BuildFailedException(Problem.inFile(LocaleDiscovery.FOLDER + "/" + tag + ".properties", problem));
        Path target = siteRoot.resolve(LocaleDiscovery.FOLDER).resolve(tag + LocaleDiscovery.SUFFIX);
        String name = LocaleDiscovery.FOLDER + "/" + tag + LocaleDiscovery.SUFFIX;
        if (Files.exists(target)) throw new BuildFailedException(Problem.inFile(name, "already exists; edit it instead"));
        Path sourceFile = siteRoot.resolve(LocaleDiscovery.FOLDER).resolve(sourceLocale + LocaleDiscovery.SUFFIX);
        SourceText source = SourceText.read(siteRoot, sourceFile);
        Problems problems = new Problems();
        var entries = PropertiesSource.parse(source, problems);
        problems.throwIfAny();

        SiteLocale locale = SiteLocale.create(tag);
        List<String> categories = new LocaleFormats(locale).pluralCategoriesInOrder();
        StringBuilder out = new StringBuilder();
        out.append("# UI strings for ").append(locale.endonym()).append(" (").append(tag).append(").\n")
                .append("# Each key is empty: an empty key is not translated yet and readers see the ")
                .append(sourceLocale).append(" text, marked as such.\n")
                .append("# Write your translation after the = sign; the line above each key shows the ")
                .append(sourceLocale).append(" text.\n")
                .append("# Keep every {argument} as it is. Write an apostrophe as ’ (a plain ' starts a quote in ICU).\n")
                .append("# Plural messages need these categories for ").append(tag).append(": ")
                .append(String.join(", ", categories)).append(".\n")
                .append("# See TRANSLATING.md.\n\n");
        entries.values().forEach(entry -> out.append("# ").append(sourceLocale).append(": ")
                .append(entry.value().replace("\n", "\\n")).append('\n')
                .append(entry.key()).append("=\n\n"));
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileFailure.of(target, e);
        }
        return target;
    }
}
