package org.babelbake.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps the writers of one output folder apart: a build, or {@code serve} while it writes, holds
 * an exclusive lock on a file beside the output ({@code target/.site.lock} for
 * {@code target/site}) while it touches the output, its staging folders or the status report.
 * Between processes this is the operating system's file lock, which dies with its process, so a
 * killed build never leaves it held; the lock file itself stays (deleting it would let two
 * builds lock two different files).
 */
public final class OutputLock implements AutoCloseable {
    /**
     * The operating system's lock belongs to the whole JVM: a second {@link FileChannel#lock} on
     * the same file from another thread throws instead of waiting. So threads of one JVM first
     * take this lock per lock file, which is JVM-wide state by nature, like the OS lock it fronts.
     */
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private final Path out;
    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    /** What a writer does when another one holds the lock. */
    @FunctionalInterface
    public interface WhenBusy {
        /** Waits without a word. */
        WhenBusy WAIT = lockFile -> {
        };

        /**
         * Called at most once per {@link #acquire}, before waiting: return to wait, or throw to
         * give up at once.
         */
        void busy(Path lockFile);
    }

    private OutputLock(Path out, ReentrantLock local, FileChannel channel, FileLock lock) {
        this.out = out;
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder: a hidden sibling, so it is on the same file system and outlives the output. */
    public static Path lockFile(Path out) {
        Path target = out.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /** Takes the lock of {@code out}, waiting for the build that holds it unless {@code whenBusy} throws. */
    public static OutputLock acquire(Path out, WhenBusy whenBusy) {
        Path target = out.toAbsolutePath().normalize();
        Path file = lockFile(target);
        ReentrantLock local;
        try {
            Files.createDirectories(file.getParent());
            // One key per file, whatever path names it, so that two spellings of a folder share a lock.
            local = IN_PROCESS.computeIfAbsent(file.getParent().toRealPath().resolve(file.getFileName()), k -> new ReentrantLock());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (local.isHeldByCurrentThread()) throw new IllegalStateException("this thread already holds " + file);
        boolean told = false;
        if (!local.tryLock()) {
            whenBusy.busy(file);
            told = true;
            local.lock();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!told) whenBusy.busy(file);
                lock = channel.lock();
            }
            return new OutputLock(target, local, channel, lock);
        } catch (IOException e) {
            letGo(channel, local);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            letGo(channel, local);
            throw e;
        }
    }

    /** The output folder this lock guards. */
    public Path out() {
        return out;
    }

    /** Whether this lock is still held; staging needs it. */
    boolean held() {
        return lock.isValid() && local.isHeldByCurrentThread();
    }

    /** Releases the lock (closing the channel releases the operating system's lock). */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            local.unlock();
        }
    }

    /** Undoes a half-taken lock; the failure being reported matters more than one here. */
    private static void letGo(FileChannel channel, ReentrantLock local) {
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // Closing a channel that could not lock: nothing to release.
        } finally {
            local.unlock();
        }
    }
}
