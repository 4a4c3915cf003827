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
import java.util.concurrent.TimeUnit;

/**
 * Watches the sources of a site project (content, templates, assets, translations and
 * jbake.properties) and calls back once per burst of changes.
 */
public final class SourceWatcher implements AutoCloseable {
    static final List<String> FOLDERS = List.of("content", "templates", "assets", "translations");
    private static final long QUIET_MILLIS = 80;
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

    /** Blocks, calling {@code onChange} after each burst of relevant changes, until closed. */
    public void run(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                boolean relevant = handle(key);
                // Editors save in several steps: wait for quiet before rebuilding once.
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) relevant |= handle(more);
                if (relevant) onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean handle(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            Path rel = root.relativize(changed);
            String first = rel.getName(0).toString();
            if (rel.getNameCount() == 1 && !first.equals("jbake.properties") && !FOLDERS.contains(first)) continue;
            if (changed.getFileName().toString().startsWith(".")) continue;
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        key.reset();
        return relevant;
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
