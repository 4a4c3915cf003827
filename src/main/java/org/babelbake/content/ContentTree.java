package org.babelbake.content;

import org.babelbake.problem.Problems;
import org.babelbake.source.SitePaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * All content files of the site, per locale and relative path: {@code content/<tag>/<relPath>}.
 * Folders that are not locales, files that are not Markdown, links out of the project and
 * translations without a source are reported.
 */
public final class ContentTree {
    private final Map<String, TreeMap<String, ContentFile>> byLocale;
    private final Map<String, TreeMap<String, Path>> images;

    private ContentTree(Map<String, TreeMap<String, ContentFile>> byLocale, Map<String, TreeMap<String, Path>> images) {
        this.byLocale = byLocale;
        this.images = images;
    }

    public static ContentTree load(Path siteRoot, Set<String> locales, String sourceLocale, Problems problems) {
        Path content = siteRoot.resolve("content");
        Map<String, TreeMap<String, ContentFile>> byLocale = new TreeMap<>();
        Map<String, TreeMap<String, Path>> images = new TreeMap<>();
        locales.forEach(tag -> byLocale.put(tag, new TreeMap<>()));
        locales.forEach(tag -> images.put(tag, new TreeMap<>()));
        if (!Files.isDirectory(content)) {
            problems.add("content", 0, "folder is missing; create content/" + sourceLocale + "/ with the source pages");
            return new ContentTree(byLocale, images);
        }
        try (Stream<Path> top = Files.list(content)) {
            for (Path folder : top.sorted().toList()) {
                String tag = folder.getFileName().toString();
                String name = SitePaths.relativeName(siteRoot, folder);
                if (ignored(tag)) continue;
                if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(name, 0, "content files go in a locale folder; move it to content/" + sourceLocale + "/");
                } else if (!locales.contains(tag)) {
                    problems.add(name, 0, "folder \"" + tag + "\" is not a locale of this site: there is no translations/"
                            + tag + ".properties; add that file (java -jar target/babelbake.jar add-locale TAG) or rename "
                            + "the folder to a locale tag such as " + String.join(", ", locales));
                } else {
                    readLocale(siteRoot, folder, tag, sourceLocale, byLocale.get(tag), images.get(tag), problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ContentFile> source = byLocale.getOrDefault(sourceLocale, new TreeMap<>());
        byLocale.forEach((tag, files) -> {
            if (tag.equals(sourceLocale)) return;
            // A source file left out (a broken header, reported at its line, or a draft) is not a missing one.
            files.values().stream().filter(f -> !source.containsKey(f.relPath()))
                    .filter(f -> !Files.exists(siteRoot.resolve("content").resolve(sourceLocale).resolve(f.relPath())))
                    .forEach(f -> problems.add(f.name(), 0,
                    "there is no source file content/" + sourceLocale + "/" + f.relPath()
                            + "; rename it to the name of the page it translates (a translation keeps the source file name), or delete it"));
            files.values().stream().filter(f -> source.containsKey(f.relPath()))
                    .filter(f -> f.type() != source.get(f.relPath()).type())
                    .forEach(f -> problems.add(f.name(), f.lineOf("type"), "type \"" + f.type().header()
                            + "\" differs from the source file's type \"" + source.get(f.relPath()).type().header()
                            + "\"; use the same type as content/" + sourceLocale + "/" + f.relPath()));
        });
        return new ContentTree(byLocale, images);
    }

    private static void readLocale(Path siteRoot, Path folder, String tag, String sourceLocale, Map<String, ContentFile> files,
                                   Map<String, Path> images, Problems problems) {
        Path realRoot;
        try {
            realRoot = siteRoot.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Files are read and checked in parallel (decoding and hashing them is most of the time).
        filesUnder(folder).parallelStream().forEach(found -> {
            Path file = found.getKey();
            String fileName = file.getFileName().toString();
            if (ignored(fileName)) return;
            String name = SitePaths.relativeName(siteRoot, file);
            try {
                if (found.getValue().isSymbolicLink()) {
                    if (Files.isDirectory(file)) return; // a link to a folder is not followed
                    if (!file.toRealPath().startsWith(realRoot)) {
                        problems.add(name, 0, "is a link to a file outside the project; copy the file into the project instead");
                        return;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String relPath = folder.relativize(file).toString().replace('\\', '/');
            if (BundleImages.isImage(fileName)) {
                String problem = BundleImages.problemWith(fileName);
                if (problem != null) {
                    problems.add(name, 0, problem);
                    return;
                }
                synchronized (images) {
                    images.put(relPath, file);
                }
                return;
            }
            if (!fileName.endsWith(".md")) {
                problems.add(name, 0, "only Markdown files (.md) and the images they show (" + BundleImages.EXTENSIONS
                        + ") belong in content/; move other files to assets/ and link them relatively");
                return;
            }
            ContentFile read = ContentFileReader.read(siteRoot, file, tag, sourceLocale, relPath, problems);
            if (read != null && read.required("status").equals("published")) {
                synchronized (files) {
                    files.put(relPath, read);
                }
            }
        });
    }

    /**
     * Every file under a folder, links not followed, in path order, with the attributes the walk
     * read for it: asking for them again costs a system call per file, thousands in a large site.
     */
    private static List<Map.Entry<Path, BasicFileAttributes>> filesUnder(Path folder) {
        List<Map.Entry<Path, BasicFileAttributes>> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.add(Map.entry(file, attributes));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Map.Entry.comparingByKey());
        return files;
    }

    /** Editor and system files that are never content. */
    private static boolean ignored(String fileName) {
        return fileName.startsWith(".") || fileName.endsWith("~") || fileName.endsWith(".swp");
    }

    /** The files of one locale inside a folder (e.g. an article's), by path inside the locale folder, in order. */
    public SortedMap<String, ContentFile> filesIn(String locale, String folder) {
        NavigableMap<String, ContentFile> files = byLocale.getOrDefault(locale, new TreeMap<>());
        return Collections.unmodifiableSortedMap(files.subMap(folder + "/", true, folder + "/\uffff", false));
    }

    /** The locale tags of the site. */
    public Set<String> locales() {
        return Collections.unmodifiableSet(byLocale.keySet());
    }

    /** The images of one locale (beside its Markdown), by path inside the locale folder, in order. */
    public SortedMap<String, Path> images(String locale) {
        return Collections.unmodifiableSortedMap(images.getOrDefault(locale, new TreeMap<>()));
    }

    /** The files of one locale, by path inside the locale folder. */
    public Map<String, ContentFile> files(String locale) {
        return Collections.unmodifiableMap(byLocale.getOrDefault(locale, new TreeMap<>()));
    }

    /** This tree with one file replaced by a new reading of it (a preview's update); this tree is unchanged. */
    public ContentTree with(ContentFile file) {
        Map<String, TreeMap<String, ContentFile>> copy = new TreeMap<>(byLocale);
        TreeMap<String, ContentFile> files = new TreeMap<>(byLocale.getOrDefault(file.locale(), new TreeMap<>()));
        files.put(file.relPath(), file);
        copy.put(file.locale(), files);
        return new ContentTree(copy, images);
    }
}
