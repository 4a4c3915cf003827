package org.babelbake.locale;

import org.babelbake.problem.Problems;
import org.babelbake.theme.BuiltInTheme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The site's locales: one per {@code translations/<tag>.properties}, the only list there is, and
 * the source locale, whose file may be left out when the jar ships its UI strings. Source locale
 * first, the others in tag order.
 */
public final class LocaleDiscovery {
    public static final String FOLDER = "translations";
    public static final String SUFFIX = ".properties";

    private LocaleDiscovery() {
    }

    /** Translation files by locale tag; the source locale's may not exist when the jar ships it. */
    public static Map<String, Path> discover(Path siteRoot, String sourceLocale, Problems problems) {
        Path folder = siteRoot.resolve(FOLDER);
        Map<String, Path> files = new LinkedHashMap<>();
        boolean builtIn = BuiltInTheme.translations(sourceLocale).isPresent();
        if (!Files.isDirectory(folder)) {
            if (builtIn) files.put(sourceLocale, folder.resolve(sourceLocale + SUFFIX));
            else problems.add(FOLDER, 0, "folder is missing; create translations/" + sourceLocale + SUFFIX + " with the UI strings");
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(".") || fileName.endsWith("~")) continue;
                String name = FOLDER + "/" + fileName;
                if (!fileName.endsWith(SUFFIX)) {
                    problems.add(name, 0, "only <tag>.properties files belong in translations/; move or delete this file");
                    continue;
                }
                String tag = fileName.substring(0, fileName.length() - SUFFIX.length());
                String problem = SiteLocale.problemWith(tag);
                if (problem != null) {
                    problems.add(name, 0, "file name is not a locale: " + problem);
                    continue;
                }
                files.put(tag, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!files.containsKey(sourceLocale) && builtIn) {
            files.put(sourceLocale, folder.resolve(sourceLocale + SUFFIX));
        } else if (!files.containsKey(sourceLocale)) {
            problems.add(FOLDER + "/" + sourceLocale + SUFFIX, 0, "is missing: the source locale (site.defaultLocale="
                    + sourceLocale + ") needs its UI strings");
        }
        Map<String, Path> ordered = new LinkedHashMap<>();
        if (files.containsKey(sourceLocale)) ordered.put(sourceLocale, files.get(sourceLocale));
        files.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
