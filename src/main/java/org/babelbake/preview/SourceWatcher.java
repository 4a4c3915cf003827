package org.babelbake.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;

/**
 * Watches the sources of a site project (content, templates, assets, translations and
 * jbake.properties) and calls back once per burst of changes.
 */
public final class SourceWatcher implements AutoCloseable {
    static final List<String> FOLDERS = List.of("content", "templates", "assets", "translations");
    private static final long QUIET_MILLIS = 40;
    /** Stands for "some files changed, which is not known". */
    private static final Path UNKNOWN = Path.of("");
    private final Path root;
    private final WatchService watch;

    public SourceWatcher(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            watch = FileSystems.getDefault().newWatchService();
            root.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            for (String folder : FOLDERS) registerTree(this.root.resolve(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Blocks, calling {@code onChange} after each burst of relevant changes, until closed, with
     * the files that changed; an empty set when they are not known (the system lost events).
     */
    public void run(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                Set<Path> changed = new TreeSet<>();
                handle(key, changed);
                // Editors save in several steps: wait for quiet before rebuilding once.
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) handle(more, changed);
                if (!changed.isEmpty()) onChange.accept(changed.contains(UNKNOWN) ? Set.of() : changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds the relevant files of the key's events to {@code changedFiles}. */
    private void handle(WatchKey key, Set<Path> changedFiles) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changedFiles.add(UNKNOWN);
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            Path rel = root.relativize(changed);
            String first = rel.getName(0).toString();
            if (rel.getNameCount() == 1 && !first.equals("jbake.properties") && !FOLDERS.contains(first)) continue;
            if (changed.getFileName().toString().startsWith(".")) continue;
            changedFiles.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path start) throws IOException {
        if (!Files.isDirectory(start)) return;
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
