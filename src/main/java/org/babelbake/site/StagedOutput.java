package org.babelbake.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build written beside the output folder and swapped in only when complete, so that a failed
 * or killed build never leaves a half-written or emptied site: the old site stays until the new
 * one is whole, and then the swap is two renames on the same file system. Only the holder of the
 * output's {@link OutputLock} stages, so one build never takes another's staging folder for a
 * leftover.
 */
public final class StagedOutput implements AutoCloseable {
    private static final String STAGING_PREFIX = ".";
    private final Path out;
    private final Path staging;
    private boolean published;

    private StagedOutput(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /** A new staging folder for the output that {@code lock} guards, after removing a killed build's leftovers. */
    public static StagedOutput begin(OutputLock lock) {
        if (!lock.held()) throw new IllegalStateException("the output lock was released before staging");
        Path target = lock.out();
        try {
            Files.createDirectories(target.getParent());
            removeLeftovers(target);
            Path staging = newFolder(target.getParent(), stagingName(target));
            return new StagedOutput(target, staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the new site is written. */
    public Path folder() {
        return staging;
    }

    /** Replaces the output folder with the staged one. */
    public void publish() {
        try {
            Path old = null;
            if (Files.exists(out)) {
                old = Files.createTempDirectory(out.getParent(), STAGING_PREFIX + out.getFileName() + ".old-");
                Files.delete(old);
                move(out, old);
                PausePoint.reached("between-renames");
            }
            move(staging, out);
            published = true;
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves each staged file over its counterpart in the output folder (a preview's update of a
     * few pages): every rename is atomic, so a reader gets each page either old or new, whole.
     */
    public void publishFiles() {
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path target = out.resolve(staging.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteTree(staging);
        published = true;
    }

    /** Removes the staged folder unless it was published. */
    @Override
    public void close() {
        if (!published) deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * A new folder with the mode {@code mkdir} would give it: {@code createTempDirectory} alone
     * makes it 0700, and once renamed into place the site would be unreadable by a web server.
     * The umask is not read (Java cannot, and /proc is Linux only): mkdir is asked for 0777 and
     * the kernel applies the umask, and default ACLs, exactly as for {@code mkdir} and {@code cp}.
     * Every file the build writes is created the same way (0666 less the umask), so nothing
     * needs a mode set after the fact. Without POSIX modes (Windows) the folder inherits its
     * parent's access rules, as any new folder does.
     */
    private static Path newFolder(Path parent, String prefix) throws IOException {
        if (!parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory(parent, prefix);
        }
        return Files.createTempDirectory(parent, prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
    }

    private static String stagingName(Path out) {
        return STAGING_PREFIX + out.getFileName() + ".staging-";
    }

    /**
     * Cleans up after builds that were killed before they could: staging folders go, and if a
     * build died between its two renames, the old site it had moved aside is put back.
     */
    private static void removeLeftovers(Path out) throws IOException {
        String prefix = STAGING_PREFIX + out.getFileName() + ".";
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (Path leftover : leftovers) {
            String name = leftover.getFileName().toString();
            if (name.contains(".old-") && !Files.exists(out)) move(leftover, out);
            else if (name.contains(".old-") || name.contains(".staging-")) deleteTree(leftover);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
