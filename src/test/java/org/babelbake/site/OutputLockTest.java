package org.babelbake.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output lock between threads of one JVM (between processes: ConcurrentBuildsIT). */
class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void theLockFileIsAHiddenSiblingOfTheOutput() {
        assertEquals(dir.resolve("target/.site.lock").toAbsolutePath(), OutputLock.lockFile(dir.resolve("target/site")));
    }

    @Test
    void aSecondWriterSaysItIsWaitingOnceAndGetsTheLockWhenTheFirstReleasesIt() throws Exception {
        Path out = dir.resolve("target/site");
        List<Path> told = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Void> second;
        try (OutputLock first = OutputLock.acquire(out, OutputLock.WhenBusy.WAIT)) {
            second = CompletableFuture.runAsync(() -> {
                try (OutputLock lock = OutputLock.acquire(out, lockFile -> {
                    told.add(lockFile);
                    waiting.countDown();
                })) {
                    assertTrue(lock.held());
                }
            });
            assertTrue(waiting.await(20, TimeUnit.SECONDS), "the second writer never said it was waiting");
            assertFalse(second.isDone(), "the second writer got the lock while the first held it");
        }
        second.get(20, TimeUnit.SECONDS);
        assertEquals(List.of(OutputLock.lockFile(out)), told, "one notice, naming the lock file");
    }

    @Test
    void aWriterThatRefusesToWaitGivesUpAtOnceAndLeavesTheLockFree() throws Exception {
        Path out = dir.resolve("target/site");
        IllegalStateException refusal = new IllegalStateException("busy");
        try (OutputLock first = OutputLock.acquire(out, OutputLock.WhenBusy.WAIT)) {
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> OutputLock.acquire(out, lockFile -> {
                throw refusal;
            }).close());
            Exception thrown = assertThrows(Exception.class, () -> second.get(20, TimeUnit.SECONDS));
            assertSame(refusal, thrown.getCause());
        }
        CompletableFuture.runAsync(() -> OutputLock.acquire(out, lockFile -> {
            throw new AssertionError("the lock was left held after a refusal");
        }).close()).get(20, TimeUnit.SECONDS);
    }

    @Test
    void twoSpellingsOfOneFolderShareOneLock() throws Exception {
        Path out = dir.resolve("target/site");
        Files.createDirectories(dir.resolve("target"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("target"));
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Void> second;
        try (OutputLock first = OutputLock.acquire(out, OutputLock.WhenBusy.WAIT)) {
            second = CompletableFuture.runAsync(() -> OutputLock.acquire(link.resolve("site"), lockFile -> waiting.countDown()).close());
            assertTrue(waiting.await(20, TimeUnit.SECONDS), "a symbolic link to the same folder took a second lock");
        }
        second.get(20, TimeUnit.SECONDS);
    }
}
