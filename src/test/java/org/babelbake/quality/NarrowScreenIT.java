package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phones of 320 and 375 px: no page may scroll sideways or cut anything off, in any locale. */
@Tag("browser")
class NarrowScreenIT {
    private static final List<Integer> WIDTHS = List.of(320, 375);
    /**
     * What sticks out of the viewport: the document's scroll width, and any box past either edge
     * (in right-to-left pages overflow can go off the left edge), except inside a box that scrolls.
     */
    private static final String OVERFLOW = """
            const w = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > w) out.push('scrollWidth ' + document.documentElement.scrollWidth + ' > ' + w);
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              let inScroller = false;
              for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) { inScroller = true; break; }
              }
              if (!inScroller && (r.left < -1 || r.right > w + 1)) {
                out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' from ' + Math.round(r.left) + ' to ' + Math.round(r.right));
              }
            }
            return out.slice(0, 8);
            """;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void noPageOfTheBuiltSiteScrollsSidewaysAt320Or375PxOnScreenOrInPrint() {
        Path site = BuiltSite.folder();
        List<Path> pages = TestSite.htmlPages(site);
        List<String> wide = new ArrayList<>();
        for (String media : List.of("screen", "print")) {
            Chromium.media(browser, media);
            for (int width : WIDTHS) {
                Chromium.phone(browser, width);
                for (Path page : pages) {
                    browser.get(page.toUri().toString());
                    List<?> out = (List<?>) browser.executeScript(OVERFLOW);
                    if (!out.isEmpty()) wide.add(site.relativize(page) + " at " + width + " px (" + media + "): " + out);
                }
            }
        }
        Chromium.media(browser, "");
        assertTrue(pages.size() >= 30, "pages: " + pages.size());
        assertEquals(List.of(), wide);
    }

    @Test
    void aWidePhotoALongWordALongAddressAndAWideTableFitInEnglishAndArabic(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "ar");
        BufferedImage photo = new BufferedImage(1600, 500, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1600; x++) for (int y = 0; y < 500; y++) photo.setRGB(x, y, (x * 255 / 1600) << 16 | 0x4080);
        Files.createDirectories(site.root().resolve("assets"));
        ImageIO.write(photo, "png", site.root().resolve("assets/wide.png").toFile());
        String extra = """


                ![A wide photo](../../assets/wide.png)

                Immunohistochemistrypneumonoultramicroscopicsilicovolcanoconiosisantidisestablishmentarianism
                <https://example.org/a/very/long/address/without/any/space/so/it/cannot/wrap/at/a/space/index.html>

                | Column | Column | Column | Column | Column | Column | Column | Column |
                |--------|--------|--------|--------|--------|--------|--------|--------|
                | creatine-kinase | creatine-kinase | creatine-kinase | creatine-kinase | creatine-kinase | creatine-kinase | creatine-kinase | creatine-kinase |
                """;
        for (String tag : List.of("en", "ar")) {
            String file = "content/" + tag + "/imnm/10-what-is.md";
            site.write(file, site.read(file) + extra);
        }
        site.build();
        List<String> wide = new ArrayList<>();
        for (String tag : List.of("en", "ar")) {
            Path page = site.out().resolve(tag + "/imnm/index.html");
            for (int width : WIDTHS) {
                Chromium.phone(browser, width);
                browser.get(page.toUri().toString());
                List<?> out = (List<?>) browser.executeScript(OVERFLOW);
                if (!out.isEmpty()) wide.add(tag + " at " + width + " px: " + out);
                WebElement img = browser.findElement(By.cssSelector("img[src$='wide.png']"));
                int imgWidth = img.getRect().getWidth();
                assertTrue(imgWidth > 200 && imgWidth <= width, tag + ": the photo is shown scaled to the column, " + imgWidth + " px");
                WebElement table = browser.findElement(By.cssSelector(".section-body table"));
                Number scroll = (Number) browser.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", table);
                assertTrue(scroll.intValue() > 0, tag + ": the wide table scrolls inside its own box");
            }
        }
        assertEquals(List.of(), wide);
    }
}
