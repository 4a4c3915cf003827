package org.babelbake.html;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links are URIs: {@code %XX} is UTF-8, {@code +} is a plus, and a scheme is the same in any case and any locale. */
class LinkCheckerTest {
    @TempDir
    Path site;

    private List<BrokenLink> check(String... hrefs) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body>");
        for (String href : hrefs) html.append("<a href=\"").append(href).append("\">x</a>");
        Path page = site.resolve("index.html");
        Files.writeString(page, html.append("</body></html>").toString(), StandardCharsets.UTF_8);
        return new LinkChecker(site).check(page);
    }

    private void file(String name) throws IOException {
        Files.writeString(site.resolve(name), "x", StandardCharsets.UTF_8);
    }

    @Test
    void plainRelativeLinksGetTheAnswersFilePathsGive() throws Exception {
        Files.createDirectories(site.resolve("en"));
        file("en/a.txt");
        String outAndBackIn = "../" + site.getFileName() + "/en/a.txt";
        assertEquals(List.of(), check("en/a.txt", "./en/a.txt", "en//a.txt", "en/../en/a.txt", outAndBackIn));
        List<String> reasons = check("en", "en/", ".", "en/b.txt", "../x.txt").stream().map(BrokenLink::reason).toList();
        String folder = "points at a folder; link to the file (…/index.html) so it works from file://";
        assertEquals(List.of(folder, folder, folder, "points at a file that does not exist", "points outside the site folder"), reasons);
    }

    @Test
    void aPlusInALinkIsAPlusNotASpace() throws Exception {
        file("a+b.txt");
        assertEquals(List.of(), check("a+b.txt", "a%2Bb.txt"));
        Files.move(site.resolve("a+b.txt"), site.resolve("a b.txt"));
        List<BrokenLink> broken = check("a+b.txt");
        assertEquals(1, broken.size(), "a+b.txt does not name the file \"a b.txt\"");
        assertEquals("points at a file that does not exist", broken.get(0).reason());
    }

    @Test
    void percentTwentyIsASpace() throws Exception {
        file("a b.txt");
        assertEquals(List.of(), check("a%20b.txt"));
    }

    @Test
    void aLiteralSpaceIsReportedWithWhatToWriteInstead() throws Exception {
        file("a b.txt");
        List<BrokenLink> broken = check("a b.txt");
        assertEquals(1, broken.size());
        assertEquals("contains a space; write each space in a link as %20", broken.get(0).reason());
    }

    @Test
    void nonAsciiFileNamesResolveWrittenAsTheyAreOrPercentEncoded() throws Exception {
        file("café.txt");
        file("ملف.txt");
        file("文件.txt");
        assertEquals(List.of(), check("café.txt", "caf%C3%A9.txt", "ملف.txt", "%D9%85%D9%84%D9%81.txt",
                "文件.txt", "%E6%96%87%E4%BB%B6.txt"));
        assertEquals(1, check("cafe%CC%81-missing.txt").size(), "a missing non-ASCII name is still broken");
    }

    @Test
    void upperCaseSchemesLeaveTheSiteEvenUnderTurkish() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR")); // "MAILTO".toLowerCase() is "maılto" here
        try {
            assertEquals(List.of(), check("MAILTO:info@example.org", "HTTPS://www.example.org/", "Http://example.org/",
                    "TEL:+441234567890"));
            List<BrokenLink> broken = check("FILE:///etc/passwd");
            assertEquals(1, broken.size());
            assertTrue(broken.get(0).reason().startsWith("uses the file: scheme"), broken.get(0).reason());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aBuildAcceptsLinksToFilesWithPlusSpaceAndAccentsInTheirNames(@TempDir Path dir) throws Exception {
        TestSite project = TestSite.copyOfProject(dir).keepLocales("en");
        project.write("assets/a+b.txt", "plus\n").write("assets/a b.txt", "space\n").write("assets/café.txt", "accent\n");
        project.replace("content/en/imnm/30-causes.md", "For more, see",
                "See [plus](../../assets/a+b.txt), [space](../../assets/a%20b.txt), [accent](../../assets/café.txt) "
                        + "and [write to us](MAILTO:info@example.org). For more, see");
        project.build();
        Document article = project.page("en/imnm/index.html");
        for (String name : List.of("plus", "space", "accent", "write to us")) {
            assertTrue(article.select("#causes a").stream().anyMatch(a -> a.text().equals(name) && !a.attr("href").isEmpty()),
                    "the link \"" + name + "\" is on the page");
        }
    }

    @Test
    void aBuildRefusesAPlusLinkWhenOnlyTheSpacedFileExists(@TempDir Path dir) {
        TestSite project = TestSite.copyOfProject(dir).keepLocales("en");
        project.write("assets/a b.txt", "space\n");
        project.replace("content/en/imnm/30-causes.md", "For more, see", "See [plus](../../assets/a+b.txt). For more, see");
        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);
        assertTrue(failure.getMessage().contains("content/en/imnm/30-causes.md:7:")
                && failure.getMessage().contains("does not exist"), failure.getMessage());
    }
}
