package org.babelbake.quality;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
}
