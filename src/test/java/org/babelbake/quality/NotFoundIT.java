package org.babelbake.quality;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 404 page as a static host serves it: for any missing address, at any depth, the server
 * answers with {@code 404.html} (nginx {@code error_page 404 /404.html}). Its style, icon and
 * way home must not depend on where it is shown.
 */
@Tag("browser")
class NotFoundIT {
    private static final String WATCH_CSP = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";
    private static HttpServer server;
    private static final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private static String origin;
    private static ChromeDriver browser;

    @BeforeAll
    static void serveAndStart() throws IOException {
        Path site = BuiltSite.folder();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Path file = site.resolve(path.substring(1)).normalize();
                if (path.endsWith("/")) file = file.resolve("index.html");
                boolean found = file.startsWith(site) && Files.isRegularFile(file);
                byte[] body = Files.readAllBytes(found ? file : site.resolve("404.html"));
                requests.add(path + " " + (found ? 200 : 404));
                String type = file.toString().endsWith(".css") ? "text/css" : file.toString().endsWith(".svg") ? "image/svg+xml"
                        : file.toString().endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
                exchange.getResponseHeaders().set("Content-Type", found ? type : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(found ? 200 : 404, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
        browser = Chromium.start(1280, 900);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_CSP));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.stop(0);
    }

    @Test
    void aMissingPageTwoFoldersDeepIsStyledLoadsNothingThatFailsAndLeadsHome() {
        requests.clear();
        browser.get(origin + "/en/imnm/nope.html");
        assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText());
        // The site's style sheet is applied: the header's background and the text column's width.
        assertEquals("rgb(243, 245, 248)", browser.executeScript("return getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        assertEquals("672px", browser.findElement(By.cssSelector("main")).getCssValue("max-width"));
        assertEquals(List.of(), browser.executeScript("return window.__violations"), "Content-Security-Policy violations");
        assertEquals(List.of("/en/imnm/nope.html 404"), List.copyOf(requests), "every request but the page's own succeeds");

        browser.findElement(By.cssSelector("main a")).click();
        assertEquals(origin + "/index.html", browser.getCurrentUrl());
        assertTrue(requests.contains("/index.html 200"), requests.toString());
        assertEquals("ltr", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertTrue(browser.findElements(By.cssSelector(".choices a")).size() >= 7, "the language choice");
    }

    @Test
    void theSiteNameInTheHeaderLeadsToTheEnglishHomeFromAnyDepth() {
        browser.get(origin + "/de/imnm/glossary/missing/deeper.html");
        browser.findElement(By.cssSelector(".site-header .brand")).click();
        assertEquals(origin + "/en/index.html", browser.getCurrentUrl());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }
}
