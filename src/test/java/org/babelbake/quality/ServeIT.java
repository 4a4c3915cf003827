package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve}: previews on 127.0.0.1, rebuilds on change, reloads the page, survives a broken edit. */
class ServeIT {
    private static final Pattern PREVIEW = Pattern.compile("Preview: (http://127\\.0\\.0\\.1:([0-9]+)/)");

    @Test
    void editsRebuildAndReloadAndABrokenEditIsShownWithoutStoppingTheServer(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.write("assets/a+b.txt", "plus\n").write("assets/café.txt", "accent\n");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("babelbake.jar"), "serve", "--source", site.root().toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BlockingQueue<String> console = new ArrayBlockingQueue<>(1000);
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(console::offer));
        reader.setDaemon(true);
        reader.start();
        try {
            // --port 0: the system picks a free port and serve prints it, so no other process can take it first.
            Matcher address = PREVIEW.matcher(waitFor(console, "Preview: "));
            assertTrue(address.find(), "serve prints the address it listens on");
            assertNotEquals(0, Integer.parseInt(address.group(2)), "the real port, not 0");
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = address.group(1);
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "es/imnm/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<script src=\"/__babelbake/reload.js\"></script></body>"), "reload script added");
            for (String[] file : new String[][]{{"assets/a+b.txt", "plus\n"}, {"assets/caf%C3%A9.txt", "accent\n"}}) {
                HttpResponse<String> asset = client.send(HttpRequest.newBuilder(URI.create(base + file[0])).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(file[1], asset.body(), file[0] + " is served: + is a plus, %XX is UTF-8");
            }

            BlockingQueue<String> events = new ArrayBlockingQueue<>(100);
            client.sendAsync(HttpRequest.newBuilder(URI.create(base + "__babelbake/events")).build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> response.body().forEach(events::offer));
            assertEquals(": connected", events.poll(10, TimeUnit.SECONDS));

            site.replace("content/en/imnm/50-research.md", "are underway", "are under way");
            String updated = waitFor(console, "Updated");
            assertTrue(updated.contains("for content/en/imnm/50-research.md"), "an edit re-renders only what shows it: " + updated);
            assertEquals("event: reload", nextEvent(events));
            String rebuilt = client.send(HttpRequest.newBuilder(URI.create(base + "en/imnm/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(rebuilt.contains("are under way"));

            site.replace("content/en/imnm/50-research.md", "type=section", "type=chapter");
            String problem = waitFor(console, "content/en/imnm/50-research.md:1:");
            assertTrue(problem.contains("type \"chapter\" is unknown"), problem);
            assertEquals("event: problems", nextEvent(events));
            assertTrue(server.isAlive(), "a broken edit does not stop the server");
            assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(base + "en/imnm/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "the last good build is still served");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
        while (true) {
            String line = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(line, "no event from the server");
            if (line.startsWith("event: ")) return line;
        }
    }

    private static String waitFor(BlockingQueue<String> console, String start) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            String line = console.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(start)) return line;
        }
        throw new AssertionError("the server never printed " + start);
    }
}
