package org.babelbake.quality;

import org.babelbake.testing.HostileSite;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages built from hostile input, opened in Chromium: none of the injected script runs. */
@Tag("browser")
class HostileContentIT {
    @Test
    void noInjectedScriptRunsInARealBrowser(@TempDir Path dir) {
        TestSite site = HostileSite.build(dir);
        ChromeDriver browser = Chromium.start(1000, 800);
        try {
            List<String> ran = new ArrayList<>();
            List<Path> pages = TestSite.htmlPages(site.out());
            for (Path page : pages) {
                browser.get(page.toUri().toString());
                // Give handlers (onerror, onload) a moment to fire, then look for their mark.
                Object pwned = browser.executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; setTimeout(function () { done(window.pwned); }, 200);");
                if (pwned != null) ran.add(page.toString());
                browser.findElements(org.openqa.selenium.By.cssSelector("a")).forEach(a -> {
                    String href = a.getAttribute("href");
                    if (href != null && href.startsWith("javascript:")) ran.add(page + " has a javascript: link");
                });
            }
            assertTrue(pages.size() >= 5);
            assertEquals(List.of(), ran);
        } finally {
            browser.quit();
        }
    }
}
