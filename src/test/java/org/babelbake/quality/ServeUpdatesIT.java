package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve} writes only pages that passed their checks, and only while it holds the output's lock. */
class ServeUpdatesIT {
    private static final String SECTION = "content/en/imnm/50-research.md";
    private final HttpClient client = HttpClient.newHttpClient();
    @TempDir
    Path dir;

    @Test
    void anEditThatFailsItsLinkCheckChangesNoServedByteAndTheConsoleSaysWhatIsStillServed() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        try (BabelbakeProcess serve = BabelbakeProcess.start("serve", "--source", site.root().toString(), "--port", "0")) {
            String base = previewAddress(serve);
            String english = get(base + "en/imnm/index.html");
            String spanish = get(base + "es/imnm/index.html");
            Map<String, String> served = TestSite.fingerprint(site.out());

            site.replace(SECTION, "are underway.", "are underway (see [below](#no-such-section)).");

            String problem = serve.awaitLine(SECTION + ":5:");
            assertTrue(problem.contains("#no-such-section"), problem);
            String notUpdated = serve.awaitLine("Not updated");
            assertTrue(notUpdated.startsWith("Not updated: the change failed its checks, and nothing was written. "
                    + "Still serving the full build of "), notUpdated);
            assertEquals(served, TestSite.fingerprint(site.out()), "the served folder is exactly as it was");
            assertEquals(english, get(base + "en/imnm/index.html"));
            assertEquals(spanish, get(base + "es/imnm/index.html"), "the Spanish page, which the update re-rendered (its source changed), is as it was");
        }
    }

    @Test
    void anUpdateWaitsWhileABuildHoldsTheLockThenIsServed() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        try (BabelbakeProcess serve = BabelbakeProcess.start("serve", "--source", site.root().toString(), "--port", "0")) {
            String base = previewAddress(serve);
            Map<String, String> served = TestSite.fingerprint(site.out());
            try (FileChannel channel = FileChannel.open(site.root().resolve("target/.site.lock"), StandardOpenOption.WRITE);
                 FileLock held = channel.lock()) {
                site.replace(SECTION, "are underway", "are under way");
                assertEquals("Waiting for another build of this project to finish (lock: target/.site.lock)...",
                        serve.awaitLine("Waiting"));
                assertEquals(served, TestSite.fingerprint(site.out()), "nothing is written while the lock is held");
            }
            assertTrue(serve.awaitLine("Updated").contains("for " + SECTION));
            assertTrue(get(base + "en/imnm/index.html").contains("are under way"));
        }
    }

    private static String previewAddress(BabelbakeProcess serve) throws InterruptedException {
        String line = serve.awaitLine("Preview: ");
        return line.substring(line.indexOf("http://"), line.indexOf('/', "Preview: http://".length()) + 1);
    }

    private String get(String address) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), address);
        return response.body();
    }
}
