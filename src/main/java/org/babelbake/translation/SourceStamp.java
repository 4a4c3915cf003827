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
    private static final String KEY = "translation.source";
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
        // The key as the build reads it (ContentFileReader): "translation.source = abc" is the same header.
        int existing = -1;
        for (int i = separator - 1; i >= 0; i--) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).strip().equals(KEY)) {
                if (existing >= 0) lines.remove(existing); // a second copy would be a header error; keep the first
                existing = i;
            }
        }
        if (existing >= 0) lines.set(existing, KEY + "=" + hash);
        else lines.add(lines.indexOf(ContentFileReader.SEPARATOR), KEY + "=" + hash);
        try {
            Files.writeString(translated, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileFailure.of(translated, e);
        }
        return hash;
    }
}
