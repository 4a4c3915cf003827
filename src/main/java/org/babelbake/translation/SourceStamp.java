package org.babelbake.translation;

import org.babelbake.content.ContentFileReader;
import org.babelbake.content.SourceHash;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.FileFailure;
import org.babelbake.problem.Problem;
import org.babelbake.source.SitePaths;
import org.babelbake.source.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks a translated file as made from the current source: sets its {@code translation.source}
 * header to the source file's hash. Run it after bringing a translation up to date.
 */
public final class SourceStamp {
    private SourceStamp() {
    }

    /** @return the hash written */
    public static String stamp(Path siteRoot, Path translated, String sourceLocale) {
        String name = SitePaths.relativeName(siteRoot, translated);
        String[] parts = name.split("/", 3);
        if (parts.length < 3 || !parts[0].equals("content")) {
            throw new BuildFailedException(Problem.inFile(name, "is not a content file; give a path like content/es/imnm/20-symptoms.md"));
        }
        if (parts[1].equals(sourceLocale)) {
            throw new BuildFailedException(Problem.inFile(name, "is a source file; stamp its translations instead"));
        }
        Path source = siteRoot.resolve("content").resolve(sourceLocale).resolve(parts[2]);
        if (!Files.isRegularFile(source)) {
            throw new BuildFailedException(Problem.inFile(name, "has no source file content/" + sourceLocale + "/" + parts[2]));
        }
        String hash = SourceHash.of(ContentFileReader.bodyOf(SourceText.read(siteRoot, source).lines()));
        List<String> lines = new ArrayList<>(SourceText.read(siteRoot, translated).lines());
        int separator = lines.indexOf(ContentFileReader.SEPARATOR);
        if (separator < 0) throw new BuildFailedException(new Problem(name, 1, "has no header end (~~~~~~); add the header first"));
        boolean replaced = false;
        for (int i = 0; i < separator; i++) {
            if (lines.get(i).strip().startsWith("translation.source=")) {
                lines.set(i, "translation.source=" + hash);
                replaced = true;
            }
        }
        if (!replaced) lines.add(separator, "translation.source=" + hash);
        try {
            Files.writeString(translated, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileFailure.of(translated, e);
        }
        return hash;
    }
}
