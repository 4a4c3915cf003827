package org.babelbake.site;

import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 404 page is shown at any address, so nothing in it may depend on where it is. */
class NotFoundPageTest {
    @Test
    void withABaseUrlEveryLinkStartsFromItAndStyleAndIconAreInsideThePage(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace("jbake.properties", "#site.baseUrl=", "site.baseUrl=https://charity.example/imnm/");
        site.build();
        Document page = site.page("404.html");
        assertEquals("https://charity.example/imnm/", page.selectFirst("head base").attr("href"));
        assertEquals("https://charity.example/imnm/index.html", page.selectFirst("main a").absUrl("href"));
        assertEquals("https://charity.example/imnm/en/index.html", page.selectFirst(".brand").absUrl("href"));
        assertTrue(page.select("link[rel=stylesheet], script[src], img[src]").isEmpty(), "nothing loaded from a relative address");
        assertTrue(page.selectFirst("link[rel=icon]").attr("href").startsWith("data:image/svg+xml;base64,"));

        String css = page.selectFirst("head style").data();
        assertEquals(site.read("assets/site.css"), css, "the site's own style sheet, as it is");
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.contains("style-src 'self' 'sha256-" + hash + "';"), csp);
        assertTrue(csp.contains("script-src 'self';"), "still no inline script: " + csp);
    }

    @Test
    void withoutABaseUrlLinksStartFromTheHostsRoot(@TempDir Path dir) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.build();
        Document page = site.page("404.html");
        assertEquals("/", page.selectFirst("head base").attr("href"));
        assertEquals("index.html", page.selectFirst("main a").attr("href"));
        // Other pages keep loading the shared style sheet: only the 404 page carries it inside.
        assertTrue(site.page("en/imnm/index.html").select("head style").isEmpty());
        assertTrue(site.page("en/imnm/index.html").selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .contains("style-src 'self';"));
    }
}
