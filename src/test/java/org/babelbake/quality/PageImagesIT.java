package org.babelbake.quality;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site whose article shows images beside its Markdown (one with an Arabic version, one
 * decorative, one wider than a phone), an introduction and phone links: valid HTML, no axe
 * violations, and in Chromium from file:// every image loads and shrinks to its column on a 320 px screen.
 */
@Tag("browser")
class PageImagesIT {
    private static final List<String> PAGES = List.of("en/imnm/index.html", "ar/imnm/index.html");
    @TempDir
    static Path dir;
    static TestSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.copyOfProject(dir).keepLocales("en", "ar");
        ImageIO.write(new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB), "png", site.root().resolve("content/en/imnm/wide.png").toFile());
        ImageIO.write(new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB), "png", site.root().resolve("content/ar/imnm/wide.ar.png").toFile());
        site.write("content/en/imnm/border.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 8\"><rect width=\"400\" height=\"8\" fill=\"#0b5cad\"/></svg>\n");
        site.replace("content/en/imnm/index.md", "~~~~~~\n", "~~~~~~\nCall the helpline on [0161 496 0000](tel:+441614960000) "
                + "or [write to us](mailto:help@example.org).\n\n![A wide chart of muscle strength](wide.png)\n");
        site.replace("content/en/imnm/30-causes.md", "In most cases, the cause of an IIM is unclear.",
                "![](border.svg \"decorative\")\n\nIn most cases, the cause of an IIM is unclear.");
        site.replace("content/ar/imnm/30-causes.md", "~~~~~~\n", "~~~~~~\n![](border.svg \"decorative\")\n\n");
        site.build();
        browser = Chromium.start(320, 800);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void pagesWithImagesPassTheNuHtmlChecker() throws Exception {
        List<String> errors = new ArrayList<>();
        for (String page : PAGES) errors.addAll(NuChecker.errors(site.out().resolve(page), page));
        assertEquals(List.of(), errors);
    }

    @Test
    void pagesWithImagesHaveNoAxeViolations() {
        List<String> violations = new ArrayList<>();
        for (String page : PAGES) {
            browser.get(site.out().resolve(page).toUri().toString());
            for (Rule rule : new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
                    .analyze(browser).getViolations()) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getHelp() + ")");
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyImageLoadsFromDiskAndShrinksToItsColumnOnAPhone() {
        for (String page : PAGES) {
            browser.get(site.out().resolve(page).toUri().toString());
            // Lazy images load when near: scroll each into view, then wait for every one to finish.
            List<Map<String, Object>> images = (List<Map<String, Object>>) browser.executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var imgs = Array.from(document.querySelectorAll('main img'));
                    imgs.forEach(function (i) { i.scrollIntoView(); });
                    Promise.all(imgs.map(function (i) { return i.decode().catch(function () {}); })).then(function () {
                      done(imgs.map(function (i) { return {src: i.getAttribute('src'), natural: i.naturalWidth,
                        shown: i.getBoundingClientRect().width, box: i.parentElement.clientWidth}; }));
                    });""");
            assertEquals(2, images.size(), page + ": " + images);
            for (Map<String, Object> image : images) {
                assertTrue(((Number) image.get("natural")).intValue() > 0, page + " loads " + image);
                assertTrue(((Number) image.get("shown")).doubleValue() <= ((Number) image.get("box")).doubleValue(),
                        page + " shrinks to its column " + image);
            }
            long wide = images.stream().filter(i -> i.get("src").equals("wide.png")).mapToLong(i -> ((Number) i.get("natural")).longValue()).sum();
            assertEquals(page.startsWith("ar") ? 600 : 1200, wide, page + ": the Arabic readers' own version");
        }
    }
}
