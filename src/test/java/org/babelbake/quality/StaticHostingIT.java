package org.babelbake.quality;

import com.sun.net.httpserver.HttpServer;
import org.babelbake.html.BrokenLink;
import org.babelbake.html.LinkChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built site as static hosts and offline readers get it. */
class StaticHostingIT {
    private static final String SUB_PATH = "/charity/imnm/";

    @Test
    void everyLinkWorksWhenServedUnderASubPath() throws Exception {
        Path site = BuiltSite.folder();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(SUB_PATH, exchange -> {
            try (exchange) {
                String rel = exchange.getRequestURI().getPath().substring(SUB_PATH.length());
                Path file = site.resolve(rel).normalize();
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
            HttpClient client = HttpClient.newHttpClient();
            Deque<URI> queue = new ArrayDeque<>(List.of(URI.create(base + "index.html")));
            Set<URI> seen = new HashSet<>(queue);
            List<String> broken = new ArrayList<>();
            int pages = 0;
            while (!queue.isEmpty()) {
                URI uri = queue.poll();
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    broken.add(uri + " -> " + response.statusCode());
                    continue;
                }
                if (!uri.getPath().endsWith(".html")) continue;
                pages++;
                Document doc = Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), uri.toString());
                for (Element ref : doc.select("a[href], link[href], script[src], img[src]")) {
                    String raw = ref.hasAttr("href") ? ref.attr("href") : ref.attr("src");
                    if (raw.startsWith("/")) broken.add(uri + " has root-relative " + raw);
                    if (raw.startsWith("http") || raw.startsWith("mailto:") || raw.startsWith("#")) continue;
                    URI target = uri.resolve(raw);
                    URI withoutFragment = new URI(target.getScheme(), target.getAuthority(), target.getPath(), null, null);
                    if (!withoutFragment.getPath().startsWith(SUB_PATH)) broken.add(uri + " leaves the sub-path: " + raw);
                    else if (seen.add(withoutFragment)) queue.add(withoutFragment);
                }
            }
            assertEquals(List.of(), broken);
            assertTrue(pages >= 6, "crawled " + pages + " pages");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void everyOfflineZipUnpacksToATreeWhoseLinksAllWork(@TempDir Path dir) throws Exception {
        Path downloads = BuiltSite.folder().resolve("downloads");
        List<Path> zips;
        try (Stream<Path> list = Files.list(downloads)) {
            zips = list.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        assertFalse(zips.isEmpty());
        for (Path zip : zips) {
            Path target = dir.resolve(zip.getFileName().toString());
            unzip(zip, target);
            Path root;
            try (Stream<Path> top = Files.list(target)) {
                List<Path> folders = top.toList();
                assertEquals(1, folders.size(), zip + " unpacks into one folder");
                root = folders.get(0);
            }
            assertTrue(Files.isRegularFile(root.resolve("index.html")), zip + " has an index.html to open");
            String name = zip.getFileName().toString().replace(".zip", "");
            assertEquals(name, root.getFileName().toString(), "the folder is named like its zip");
            // babelbake-info-zh-Hans: the site's slug (jbake.properties), then the language the start page is in.
            assertTrue(name.startsWith("babelbake-info-"), name);
            String language = name.endsWith("-all-languages") ? "en" : name.substring("babelbake-info-".length());
            Document start = Jsoup.parse(root.resolve("index.html").toFile(), "UTF-8");
            assertEquals(language, start.selectFirst("html").attr("lang"), zip + " opens in its language");
            assertTrue(start.select(".offline-copy p").size() == 1 && start.select(".offline-copy a").isEmpty(),
                    zip + ": without site.baseUrl the start page says what the copy is, but gives no online address");
            List<BrokenLink> broken = new LinkChecker(root).checkAll();
            assertEquals(List.of(), broken, zip.toString());
        }
    }

    @Test
    void robotsPointsAtTheSitemapOnlyWithABaseUrlAndThereIsA404Page() throws Exception {
        Path site = BuiltSite.folder();
        String robots = Files.readString(site.resolve("robots.txt"));
        assertTrue(robots.startsWith("User-agent: *"));
        assertEquals(Files.exists(site.resolve("sitemap.xml")), robots.contains("Sitemap: "));
        assertTrue(Files.isRegularFile(site.resolve("404.html")));
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(target), "zip entry escapes: " + entry.getName());
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
    }
}
