package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the built site, in every locale, passes the Nu Html Checker with no errors. */
class HtmlValidityIT {

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        Path site = BuiltSite.folder();
        List<Path> pages = TestSite.htmlPages(site);
        assertFalse(pages.isEmpty());
        List<String> errors = new ArrayList<>();
        for (Path page : pages) errors.addAll(NuChecker.errors(page, site.relativize(page).toString()));
        assertEquals(List.of(), errors);
    }

    /** The pages only the downloads have: each copy's start page and its article with the "as of" review. */
    @Test
    void everyOfflineCopysStartPageAndArticlePassTheNuHtmlChecker(@TempDir Path dir) throws Exception {
        List<String> errors = new ArrayList<>();
        for (Path copy : OfflineCopy.unzipAll(dir)) {
            for (String page : List.of("index.html", "ar/imnm/index.html")) {
                Path file = copy.resolve(page);
                if (Files.exists(file)) errors.addAll(NuChecker.errors(file, copy.getFileName() + "/" + page));
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void theCheckerReportsInvalidHtml(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><title>x</title><dl><p>not a term</p></dl><a href=\"a b\">x</a>");
        List<String> errors = NuChecker.errors(bad, "bad.html");
        assertTrue(errors.size() >= 2, errors.toString());
    }
}
