package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed at any moment leaves the previous site as it was. The kill point is exact: the
 * build is started with the test hook {@code babelbake.test.pauseAt=PHASE}, writes a marker file
 * when it gets there, and waits to be killed.
 */
class CrashSafetyIT {
    private static final String NEW_TEXT = "Skip to the content";

    @Test
    void aBuildKilledInAnyPhaseLeavesTheOldSiteOrTheWholeNewOne(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOfProject(dir.resolve("project")).keepLocales("en", "ar"); // two are enough, and quicker
        Path jar = Path.of(System.getProperty("babelbake.jar"));
        assertEquals(0, build(jar, site, dir, List.of()).waitFor());
        Map<String, String> before = TestSite.fingerprint(site.out());
        assertTrue(before.size() > 10);
        site.replace("translations/en.properties", "nav.skip=Skip to main content", "nav.skip=" + NEW_TEXT);

        for (String phase : List.of("staged", "articles", "offline", "checked")) {
            killAt(phase, jar, site, dir);
            assertEquals(before, TestSite.fingerprint(site.out()), "killed at " + phase + ": the old site is untouched");
        }

        // Between the two renames of the publish step the old site is moved aside, whole, under a hidden name ...
        killAt("between-renames", jar, site, dir);
        assertFalse(Files.exists(site.out()), "killed between the renames: the old site is aside, the new one not yet in");
        List<Path> aside = siblings(site, ".site.old-");
        assertEquals(1, aside.size(), "the old site waits under one hidden name: " + aside);
        assertEquals(before, TestSite.fingerprint(aside.get(0)), "and it is whole");
        // ... and the next build puts it back before it starts.
        killAt("staged", jar, site, dir);
        assertEquals(before, TestSite.fingerprint(site.out()), "the next build restored the old site first");

        killAt("published", jar, site, dir);
        assertTrue(Files.readString(site.out().resolve("en/index.html")).contains(NEW_TEXT), "after publishing: the new site");

        assertEquals(0, build(jar, site, dir, List.of()).waitFor(), "the next build recovers and succeeds");
        assertTrue(Files.readString(site.out().resolve("en/index.html")).contains(NEW_TEXT));
        assertEquals(List.of(), siblings(site, ".site.").stream().filter(p -> !p.endsWith(".site.lock")).toList(),
                "no staging folders are left behind (the lock file stays)");
    }

    /** Starts a build that pauses at {@code phase}, waits until it is there, and kills it (SIGKILL). */
    private static void killAt(String phase, Path jar, TestSite site, Path dir) throws Exception {
        Path marker = dir.resolve("paused-at-" + phase);
        Files.deleteIfExists(marker);
        Process process = build(jar, site, dir, List.of("-Dbabelbake.test.pauseAt=" + phase,
                "-Dbabelbake.test.pauseMarker=" + marker));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(marker)) {
            assertTrue(process.isAlive(), "the build ended before reaching " + phase + ":\n" + Files.readString(log(dir)));
            assertTrue(System.nanoTime() < until, "the build never reached " + phase);
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor();
    }

    private static Process build(Path jar, TestSite site, Path dir, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "build", "--source", site.root().toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(dir).toFile()).start();
    }

    private static Path log(Path dir) {
        return dir.resolve("build.log");
    }

    private static List<Path> siblings(TestSite site, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(site.out().getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }
}
