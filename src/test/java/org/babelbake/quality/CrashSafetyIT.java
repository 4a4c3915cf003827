package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build killed at any moment leaves the previous site exactly as it was. */
class CrashSafetyIT {
    @Test
    void killingTheBuildHalfWayLosesNothing(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOfProject(dir.resolve("project"));
        Path jar = Path.of(System.getProperty("babelbake.jar"));
        assertEquals(0, build(jar, site).waitFor());
        Map<String, String> before = TestSite.fingerprint(site.out());
        assertTrue(before.size() > 10);
        site.replace("translations/en.properties", "nav.skip=Skip to main content", "nav.skip=Skip to the content");

        int killedWhileRunning = 0;
        for (long delay : List.of(400L, 800L, 1200L, 1600L, 2000L, 2400L, 2800L)) {
            Process process = build(jar, site);
            if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                killedWhileRunning++;
                Map<String, String> after = TestSite.fingerprint(site.out());
                if (!after.equals(before)) {
                    // Only a finished build may change the site: then it is the whole new site.
                    assertTrue(Files.readString(site.out().resolve("en/index.html")).contains("Skip to the content"),
                            "killed after " + delay + " ms: the site is neither the old one nor the new one");
                    return;
                }
            } else {
                break;
            }
        }
        assertTrue(killedWhileRunning > 0, "no build was killed while running");
        assertEquals(0, build(jar, site).waitFor(), "the next build recovers and succeeds");
        assertTrue(Files.readString(site.out().resolve("en/index.html")).contains("Skip to the content"));
        try (var siblings = Files.list(site.out().getParent())) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.") && !n.equals(".site.lock")).toList(),
                    "no staging folders are left behind");
        }
    }

    private static Process build(Path jar, TestSite site) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "build", "--source", site.root().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
