package org.babelbake.init;

import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.source.SourceText;
import org.babelbake.theme.BuiltInTheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates a new site project from the starter files in the jar ({@code org/babelbake/init/}):
 * settings, an example article, the README and the publish workflows. Only an empty or new
 * folder is filled, so nothing of the user's is ever overwritten.
 */
public final class SiteStarter {
    private static final String RESOURCES = "/org/babelbake/init/";
    private static final String MANIFEST = "files.txt";
    /** The locale whose built-in strings a locale without its own starts from. */
    private static final String FALLBACK_STRINGS = "en";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(name|locale|endonym|version|month|from)}}");

    private final String version;
    private final LocalDate today;

    /** @param today the day of the example article's last update */
    public SiteStarter(String version, LocalDate today) {
        this.version = version;
        this.today = today;
    }

    /** What was created: the files, and whether the UI strings were copied from another language. */
    public record Created(List<Path> files, Optional<String> stringsCopiedFrom) {
        public Created {
            files = List.copyOf(files);
        }
    }

    /** @throws BuildFailedException when the folder is not empty or cannot be written */
    public Created create(Path folder, NewSite site) {
        refuseNonEmpty(folder);
        SiteLocale locale = SiteLocale.create(site.locale());
        boolean shipped = BuiltInTheme.translations(locale.tag()).isPresent();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", site.name());
        values.put("locale", locale.tag());
        values.put("endonym", locale.endonym());
        values.put("version", version);
        values.put("month", today.toString().substring(0, 7));
        values.put("from", FALLBACK_STRINGS);

        List<Path> written = new ArrayList<>();
        for (String line : resource(MANIFEST).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.strip().split("\\s+");
            String target = parts[1].replace("{locale}", locale.tag());
            written.add(write(folder, target, fill(resource(parts[0]), values, Escape.of(target))));
        }
        String strings = translations(shipped, values);
        written.add(write(folder, "translations/" + locale.tag() + ".properties", strings));
        return new Created(written, shipped ? Optional.empty() : Optional.of(FALLBACK_STRINGS));
    }

    /** The site's UI strings: a few over the built-in ones, or a copy of another language's to translate. */
    private String translations(boolean shipped, Map<String, String> values) {
        if (shipped) return fill(resource("translations.properties"), values, Escape.MESSAGE);
        // Its opening comment speaks of the file as the source; the starter file says what this copy is.
        String copied = BuiltInTheme.translations(FALLBACK_STRINGS).map(SourceText::text).orElse("")
                .replaceFirst("^(#[^\\n]*\\n)*\\n*", "");
        return fill(resource("translations-copied.properties"), values, Escape.MESSAGE) + copied;
    }

    private static void refuseNonEmpty(Path folder) {
        if (!Files.exists(folder)) return;
        if (!Files.isDirectory(folder)) {
            throw new BuildFailedException(Problem.inFile(folder.toString(), "is a file, not a folder; choose a new folder for the site"));
        }
        try (Stream<Path> entries = Files.list(folder)) {
            long count = entries.count();
            if (count > 0) {
                throw new BuildFailedException(Problem.inFile(folder.toString(), "is not empty (" + count + " entr"
                        + (count == 1 ? "y" : "ies") + "); init only fills a new or empty folder, so choose another"));
            }
        } catch (IOException e) {
            throw new BuildFailedException(Problem.inFile(folder.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    private static Path write(Path folder, String name, String text) {
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new BuildFailedException(Problem.inFile(file.toString(), "cannot be written: " + e.getMessage()));
        }
    }

    /** How a value is written where it goes: as is, as a .properties value, or as an ICU message in one. */
    private enum Escape {
        NONE, PROPERTIES, MESSAGE;

        static Escape of(String target) {
            if (target.startsWith("translations/")) return MESSAGE;
            return target.endsWith(".properties") ? PROPERTIES : NONE;
        }

        String apply(String value) {
            if (this == NONE) return value;
            // Properties: a backslash doubles. ICU MessageFormat: an apostrophe doubles; braces are quoted.
            String properties = value.replace("\\", "\\\\");
            if (this == PROPERTIES) return properties;
            return properties.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
        }
    }

    private static String fill(String text, Map<String, String> values, Escape escape) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).equals("name") ? escape.apply(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = SiteStarter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("the jar lacks its starter file " + RESOURCES + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
