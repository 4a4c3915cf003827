package org.babelbake.quality;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search as an offline reader uses it: each language's copy unzipped and opened from
 * {@code file://}, a query typed into the box, a result followed to its page and section.
 */
@Tag("browser")
class SearchIT {
    @TempDir
    static Path dir;
    private static List<Path> copies;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        copies = OfflineCopy.unzipAll(dir);
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    private static Path copyOf(String tag) {
        return copies.stream().filter(c -> c.getFileName().toString().endsWith("-" + tag)).findFirst().orElseThrow();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** Types the query on the page, waits for results; returns them. */
    private static List<WebElement> search(Path page, String query) {
        browser.get(page.toUri().toString());
        WebElement input = browser.findElement(By.cssSelector("form.search input[type=search]"));
        assertTrue(input.isDisplayed(), "the script shows the search box");
        assertEquals(0L, js("return document.querySelectorAll('script[src$=\"search-index.js\"], script[src$=\"search-engine.js\"]').length"),
                "the search code and index are not loaded before the box is used");
        input.sendKeys(query);
        // Each keystroke may show results for the query typed so far; wait for the whole query's.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> query.equals(d.findElement(By.cssSelector("ol.search-results")).getAttribute("data-query"))
                        && !d.findElement(By.cssSelector(".search-status")).getText().isEmpty());
        return browser.findElements(By.cssSelector("ol.search-results > li"));
    }

    /** Follows the first result with the keyboard (Enter in the box, then Enter on the link); checks where it lands. */
    private static void followFirst(List<WebElement> results, String expectedInSection) {
        String href = results.get(0).findElement(By.tagName("a")).getAttribute("href");
        browser.findElement(By.cssSelector("form.search input")).sendKeys(Keys.ENTER);
        assertEquals(href, browser.switchTo().activeElement().getAttribute("href"), "Enter moves to the first result");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(href));
        URI target = URI.create(href);
        assertTrue(target.getScheme().equals("file"), href);
        String id = target.getFragment();
        assertTrue(id != null && !id.isEmpty(), "a result leads to a section: " + href);
        WebElement section = browser.findElement(By.id(id));
        assertTrue(section.getText().contains(expectedInSection), id + " has " + expectedInSection);
    }

    private static List<String> marks(List<WebElement> results) {
        return results.stream().flatMap(r -> r.findElements(By.tagName("mark")).stream()).map(WebElement::getText).toList();
    }

    @Test
    void englishPluralFindsMyopathyAndLeadsToItsSection() {
        List<WebElement> results = search(copyOf("en").resolve("en/index.html"), "myopathies");
        assertFalse(results.isEmpty());
        assertTrue(marks(results).stream().anyMatch(m -> m.equalsIgnoreCase("myopathy")), marks(results).toString());
        String status = browser.findElement(By.cssSelector("[role=status]")).getText();
        assertEquals(results.size() + (results.size() == 1 ? " result" : " results"), status);
        results.forEach(r -> assertFalse(r.findElements(By.tagName("mark")).isEmpty(), "every passage shows its match"));
        followFirst(results, "yopath");
        assertTrue(browser.getCurrentUrl().contains("/en/imnm/"), browser.getCurrentUrl());
    }

    @Test
    void germanPluralFindsEntzuendung() {
        List<WebElement> results = search(copyOf("de").resolve("de/imnm/glossary.html"), "Entzündungen");
        assertTrue(marks(results).contains("Entzündung"), marks(results).toString());
        followFirst(results, "Entzündung");
        assertTrue(browser.getCurrentUrl().contains("/de/imnm/"), browser.getCurrentUrl());
    }

    @Test
    void russianCaseFormFindsMiopatiya() {
        List<WebElement> results = search(copyOf("ru").resolve("ru/imnm/index.html"), "миопатии");
        assertTrue(marks(results).stream().anyMatch(m -> m.equalsIgnoreCase("миопатия")), marks(results).toString());
        followFirst(results, "иопати");
    }

    @Test
    void arabicWordWithPrefixesFindsTheWordWithTheArticle() {
        List<WebElement> results = search(copyOf("ar").resolve("ar/imnm/index.html"), "بالتهاب");
        assertTrue(marks(results).contains("التهاب"), marks(results).toString());
        followFirst(results, "التهاب");
        assertTrue(browser.getCurrentUrl().contains("/ar/imnm/"), browser.getCurrentUrl());
    }

    @Test
    void chineseWordIsFoundInsideSentences() {
        List<WebElement> results = search(copyOf("zh-Hans").resolve("zh-Hans/index.html"), "肌炎");
        assertFalse(results.isEmpty());
        assertTrue(marks(results).stream().allMatch("肌炎"::equals), marks(results).toString());
        followFirst(results, "肌炎");
        assertTrue(browser.getCurrentUrl().contains("/zh-Hans/imnm/"), browser.getCurrentUrl());
    }

    @Test
    void aWordTheSiteDoesNotHaveSaysSoInTheStatus() {
        List<WebElement> results = search(copyOf("en").resolve("en/imnm/index.html"), "xylophone");
        assertTrue(results.isEmpty());
        assertEquals("No results. Try another word.", browser.findElement(By.cssSelector("[role=status]")).getText());
    }
}
