package org.babelbake.quality;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built site in real Chromium, opened from disk as an offline reader would. */
@Tag("browser")
class BrowserIT {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static ChromeDriver browser;
    private static Path site;

    @BeforeAll
    static void start() {
        site = BuiltSite.folder();
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    private static void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    @Test
    void everyPageInEveryLocaleHasNoAxeViolations() {
        List<String> violations = new ArrayList<>();
        List<Path> pages = TestSite.htmlPages(site);
        for (Path page : pages) {
            browser.get(page.toUri().toString());
            Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
            for (Rule rule : results.getViolations()) {
                violations.add(site.relativize(page) + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        assertTrue(pages.size() >= 5);
        assertEquals(List.of(), violations);
    }

    /** The pages only the downloads have, opened from the unzipped folders. */
    @Test
    void offlineStartPagesAndArticlesHaveNoAxeViolations(@TempDir Path dir) throws Exception {
        List<String> violations = new ArrayList<>();
        List<Path> copies = OfflineCopy.unzipAll(dir);
        for (Path copy : copies) {
            for (String page : List.of("index.html", "ar/imnm/index.html")) {
                if (!Files.exists(copy.resolve(page))) continue;
                browser.get(copy.resolve(page).toUri().toString());
                for (Rule rule : new AxeBuilder().withTags(WCAG).analyze(browser).getViolations()) {
                    violations.add(copy.getFileName() + "/" + page + ": " + rule.getId() + " (" + rule.getHelp() + ")");
                }
            }
        }
        assertTrue(copies.size() >= 2);
        assertEquals(List.of(), violations);
    }

    @Test
    void languageSwitcherFromTheSpanishGlossaryLandsOnTheGermanGlossary() {
        open("es/imnm/glossary.html");
        browser.findElement(By.cssSelector("nav.languages a[hreflang=de]")).click();
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("/de/imnm/glossary.html"), url);
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    /** The site's own script runs under its Content-Security-Policy from file:// and keeps the section. */
    @Test
    void switchingLanguageKeepsTheSectionInView() {
        open("es/imnm/index.html");
        browser.get(browser.getCurrentUrl() + "#causes");
        browser.findElement(By.cssSelector("nav.languages a[hreflang=fr]")).click();
        String url = browser.getCurrentUrl();
        assertTrue(url.endsWith("/fr/imnm/index.html#causes"), url);
        assertEquals("causes", ((JavascriptExecutor) browser).executeScript("return location.hash.substring(1)"));
    }

    /**
     * Opened at a section's address, or scrolled to it, the switcher points at that section in the
     * other language, on a phone and on a wide screen (where a short section used to give way to
     * the next one, and the last ones to the references).
     */
    @Test
    void switcherKeepsTheSectionInViewOnAPhoneAndAWideScreen() {
        ChromeDriver phone = Chromium.start(375, 740);
        try {
            // Chromium's windows are at least 500 px wide: a phone's viewport is emulated.
            phone.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 740, "deviceScaleFactor", 2, "mobile", true));
            for (ChromeDriver window : List.of(phone, browser)) {
                long width = (Long) window.executeScript("return window.innerWidth");
                String page = site.resolve("es/imnm/index.html").toUri().toString();
                window.get(page);
                settle(window);
                assertEquals("../../fr/imnm/index.html", switcherHref(window), width + " px, opened at the top");
                @SuppressWarnings("unchecked")
                List<String> sections = (List<String>) window.executeScript(
                        "return Array.prototype.map.call(document.querySelectorAll('main section[id]'), function (s) { return s.id; })");
                assertTrue(sections.containsAll(List.of("causes", "progression", "research", "references")), sections.toString());
                for (String id : sections) {
                    window.get("about:blank");
                    window.get(page + "#" + id);
                    settle(window);
                    assertEquals("../../fr/imnm/index.html#" + id, switcherHref(window), width + " px, opened at #" + id);
                }
                for (String id : List.of("symptoms", "causes")) {
                    window.get(page);
                    window.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
                    settle(window);
                    assertEquals("../../fr/imnm/index.html#" + id, switcherHref(window), width + " px, scrolled to " + id);
                }
                window.executeScript("window.scrollTo(0, 0)");
                settle(window);
                assertEquals("../../fr/imnm/index.html#causes", switcherHref(window),
                        width + " px, scrolled up to the switcher from the causes");
            }
            assertEquals(375L, phone.executeScript("return window.innerWidth"));
        } finally {
            phone.quit();
        }
    }

    private static String switcherHref(ChromeDriver window) {
        return (String) window.executeScript("return document.querySelector('nav.languages a[hreflang=fr]').getAttribute('href')");
    }

    /** Waits two frames: the switcher updates its links in the frame after a scroll. */
    private static void settle(ChromeDriver window) {
        window.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
    }

    /** The glossary's way back leads to the term's first use in the article, not to its top. */
    @Test
    void glossaryLeadsBackToTheTermsFirstUse() {
        open("en/imnm/glossary.html");
        browser.get(browser.getCurrentUrl() + "#term-myopathy");
        browser.findElement(By.cssSelector("#term-myopathy ~ dd.term-back a")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/en/imnm/index.html#use-myopathy"), browser.getCurrentUrl());
        Number top = (Number) browser.executeScript("return document.getElementById('use-myopathy').getBoundingClientRect().top");
        assertTrue(top.doubleValue() >= -1 && top.doubleValue() < 900, "the first use is on screen: " + top);
        assertEquals("myopathy", browser.executeScript("return document.getElementById('use-myopathy').textContent.toLowerCase()"));
    }

    @Test
    void arabicArticleIsRightToLeftAndItsHeaderIsMirrored() {
        open("ar/imnm/index.html");
        JavascriptExecutor js = browser;
        assertEquals("rtl", js.executeScript("return getComputedStyle(document.documentElement).direction"));
        // In RTL the start side is the right: the site name and the heading line up on the right,
        // and the languages run from right to left.
        Rectangle brandAr = browser.findElement(By.cssSelector(".site-header .brand")).getRect();
        Rectangle headingAr = browser.findElement(By.cssSelector("main h1")).getRect();
        assertEquals(headingAr.getX() + headingAr.getWidth(), brandAr.getX() + brandAr.getWidth(), 2, "site name on the right");
        assertTrue(brandAr.getX() > 640, "site name in the right half");
        List<Rectangle> languagesAr = browser.findElements(By.cssSelector("nav.languages li")).stream().map(e -> e.getRect()).toList();
        assertTrue(languagesAr.get(0).getX() > languagesAr.get(1).getX(), "the first language is rightmost");
        Rectangle tocAr = browser.findElement(By.cssSelector("nav.toc li")).getRect();
        Rectangle tocBox = browser.findElement(By.cssSelector("nav.toc")).getRect();
        assertTrue(tocAr.getX() + tocAr.getWidth() < tocBox.getX() + tocBox.getWidth(), "list indent on the right");

        open("en/imnm/index.html");
        assertEquals("ltr", js.executeScript("return getComputedStyle(document.documentElement).direction"));
        Rectangle brandEn = browser.findElement(By.cssSelector(".site-header .brand")).getRect();
        Rectangle headingEn = browser.findElement(By.cssSelector("main h1")).getRect();
        assertEquals(headingEn.getX(), brandEn.getX(), 2, "in LTR the site name lines up on the left");
        assertTrue(brandEn.getX() < 640);
        List<Rectangle> languagesEn = browser.findElements(By.cssSelector("nav.languages li")).stream().map(e -> e.getRect()).toList();
        assertTrue(languagesEn.get(0).getX() < languagesEn.get(1).getX(), "the first language is leftmost");
    }

    @Test
    void keyboardReachesMainContentThroughAVisibleSkipLink() {
        open("en/imnm/index.html");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("skip-link", focused.getAttribute("class"));
        JavascriptExecutor js = browser;
        Number top = (Number) js.executeScript("return arguments[0].getBoundingClientRect().top", focused);
        assertTrue(top.doubleValue() >= 0, "the focused skip link is on screen");
        assertNotEquals("none", focused.getCssValue("outline-style"), "focus is visible");
        assertNotEquals("0px", focused.getCssValue("outline-width"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void screenshotsOfTheEnglishAndArabicArticle() throws Exception {
        Path folder = Path.of("target/screenshots");
        Files.createDirectories(folder);
        for (String locale : List.of("en", "ar")) {
            open(locale + "/imnm/index.html");
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Path target = folder.resolve(locale + "-article.png");
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            assertTrue(Files.size(target) > 10_000, target + " looks empty");
        }
    }

    /** The menu's links wrap onto more lines on a 320 px phone; nothing scrolls sideways, and a plain link works. */
    @Test
    void menuWrapsOnA320PixelScreenAndItsLinksWork() {
        ChromeDriver phone = Chromium.start(320, 640);
        try {
            for (String page : List.of("en/about/index.html", "ar/news/site-opens/index.html", "ru/imnm/index.html")) {
                phone.get(site.resolve(page).toUri().toString());
                JavascriptExecutor js = phone;
                Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth");
                Number view = (Number) js.executeScript("return document.documentElement.clientWidth");
                assertTrue(scroll.intValue() <= view.intValue(), page + ": " + scroll + " px wide in a " + view + " px screen");
                for (WebElement item : phone.findElements(By.cssSelector("nav.site-menu a"))) {
                    Rectangle box = item.getRect();
                    assertTrue(box.getX() >= 0 && box.getX() + box.getWidth() <= view.intValue(), page + ": " + item.getText() + " at " + box);
                }
            }
            phone.get(site.resolve("de/about/index.html").toUri().toString());
            phone.findElement(By.cssSelector("nav.site-menu a[href$='news/index.html']")).click();
            assertTrue(phone.getCurrentUrl().endsWith("/de/news/index.html"), phone.getCurrentUrl());
            assertEquals("page", phone.findElement(By.cssSelector("nav.site-menu a[aria-current]")).getAttribute("aria-current"));
        } finally {
            phone.quit();
        }
    }
}
