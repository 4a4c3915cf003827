package org.babelbake.quality;

import org.babelbake.html.LinkChecker;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Two builds of one project at once, as separate processes, meet at the lock beside the output. */
class ConcurrentBuildsIT {
    private static final String WAITING = "Waiting for another build of this project to finish (lock: target/.site.lock)...";
    @TempDir
    Path dir;

    @Test
    void aBuildStartedWhileAnotherWritesWaitsSayingSoOnceAndBothEndWithTheWholeSite() throws Exception {
        // Stopping the first build while it holds the lock makes the meeting certain; POSIX signals do that.
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs kill -STOP, a POSIX signal");
        TestSite reference = TestSite.copyOfProject(dir.resolve("reference")).keepLocales("en", "es", "ar");
        try (BabelbakeProcess single = BabelbakeProcess.start("build", "--source", reference.root().toString())) {
            assertEquals(0, single.exitCode(), String.join("\n", single.lines()));
        }
        TestSite site = TestSite.copyOfProject(dir.resolve("project")).keepLocales("en", "es", "ar");

        try (BabelbakeProcess first = BabelbakeProcess.start("build", "--source", site.root().toString());
             BabelbakeProcess second = startWhenHoldingTheLock(first, site)) {
            assertEquals(WAITING, second.awaitLine("Waiting"));
            assertTrue(second.isAlive(), "the second build waits");
            signal("CONT", first);

            assertEquals(0, first.exitCode(), String.join("\n", first.lines()));
            assertEquals(0, second.exitCode(), String.join("\n", second.lines()));
            assertEquals(List.of(), first.lines().stream().filter(l -> l.contains("Waiting")).toList(), "the first build did not wait");
            assertEquals(1, second.lines().stream().filter(l -> l.contains("Waiting")).count(), "one line: " + second.lines());
        }
        // Byte for byte a single build's site (builds in separate processes give the same bytes), every link resolving.
        assertEquals(TestSite.fingerprint(reference.out()), TestSite.fingerprint(site.out()), "the site is a single build's, whole");
        assertEquals(List.of(), new LinkChecker(site.out()).checkAll());
        assertEquals(List.of(".site.lock"), siblingsOfTheOutput(site), "no staging folders are left");
    }

    @Test
    void noWaitRefusesAtOnceWhileAnotherProcessHoldsTheLockAndAPlainBuildWaitsForIt() throws Exception {
        TestSite site = TestSite.copyOfProject(dir.resolve("project")).keepLocales("en");
        try (BabelbakeProcess build = BabelbakeProcess.start("build", "--source", site.root().toString())) {
            assertEquals(0, build.exitCode(), String.join("\n", build.lines()));
        }
        Map<String, String> before = TestSite.fingerprint(site.out());
        Path lockFile = site.root().resolve("target/.site.lock");

        BabelbakeProcess waiting;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            try (BabelbakeProcess refused = BabelbakeProcess.start("build", "--no-wait", "--source", site.root().toString())) {
                assertEquals(1, refused.exitCode());
                assertEquals("target/.site.lock: another build of this project is writing target/site; "
                        + "wait for it to finish, or build without --no-wait to wait for it", refused.lines().get(0));
                assertFalse(refused.lines().stream().anyMatch(l -> l.contains("Waiting")), "--no-wait does not wait");
            }
            waiting = BabelbakeProcess.start("build", "--source", site.root().toString());
            assertEquals(WAITING, waiting.awaitLine("Waiting"));
            assertTrue(waiting.isAlive());
            assertEquals(before, TestSite.fingerprint(site.out()), "nothing was written while the lock was held");
        }
        try (waiting) {
            assertEquals(0, waiting.exitCode(), String.join("\n", waiting.lines()));
        }
        assertEquals(List.of(".site.lock"), siblingsOfTheOutput(site));
    }

    /**
     * Starts a second build once {@code first} holds the lock, with {@code first} stopped there: its
     * staging folder exists only while it holds the lock, and a stopped process keeps it.
     */
    private static BabelbakeProcess startWhenHoldingTheLock(BabelbakeProcess first, TestSite site) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (siblingsOfTheOutput(site).stream().noneMatch(n -> n.startsWith(".site.staging-"))) {
            assertTrue(first.isAlive() && System.nanoTime() < until, "the first build never staged: " + first.lines());
            Thread.sleep(2);
        }
        signal("STOP", first);
        assertTrue(siblingsOfTheOutput(site).stream().anyMatch(n -> n.startsWith(".site.staging-")),
                "the first build was stopped after it let go of the lock; its staging folder is gone");
        return BabelbakeProcess.start("build", "--source", site.root().toString());
    }

    private static List<String> siblingsOfTheOutput(TestSite site) throws IOException {
        Path target = site.out().getParent();
        if (!Files.isDirectory(target)) return List.of();
        try (Stream<Path> siblings = Files.list(target)) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).sorted().toList();
        }
    }

    private static void signal(String name, BabelbakeProcess process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
    }
}
