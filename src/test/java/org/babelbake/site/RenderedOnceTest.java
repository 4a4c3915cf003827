package org.babelbake.site;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each page is rendered once and the offline copies cut their versions from it: a copy's page is
 * the online page but for the marked parts, an identical version is stored once, and the link
 * check, which reads no written page again, still finds a broken link wherever it was made (in
 * Markdown: {@link BrokenInputTest}).
 */
class RenderedOnceTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOfProject(dir.resolve("site")).keepLocales("en", "es", "fr");
        site.build();
    }

    @Test
    void aCopysArticlePageIsTheOnlinePageWithoutTheOnlineParts() throws IOException {
        String online = Files.readString(site.out().resolve("es/imnm/index.html"), StandardCharsets.UTF_8);
        String downloadsLink = "<p><a href=\"../downloads.html\">";
        assertTrue(online.contains(downloadsLink), "the online page offers the downloads");
        assertFalse(online.contains("<!--edition"), "no marks are published");
        List<String> onlineLines = online.lines().toList();
        List<String> copyLines = entry("babelbake-info-all-languages.zip", "babelbake-info-all-languages/es/imnm/index.html").lines().toList();
        assertEquals(onlineLines.size(), copyLines.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < onlineLines.size(); i++) {
            if (!onlineLines.get(i).equals(copyLines.get(i))) differences.add(onlineLines.get(i) + " | " + copyLines.get(i));
        }
        // Only the marked parts differ: the downloads link (online only) and, as the review is overdue, its wording
        // ("is overdue" online, "as of DATE, is overdue" offline).
        assertTrue(!differences.isEmpty() && differences.size() <= 2, String.join("\n", differences));
        assertTrue(differences.get(0).startsWith(downloadsLink) && differences.get(0).endsWith(" | "), differences.get(0));
        differences.stream().skip(1).forEach(d -> assertTrue(d.startsWith("<p class=\"next-review overdue\">"), d));

        String spanish = entry("babelbake-info-es.zip", "babelbake-info-es/es/imnm/index.html");
        assertTrue(spanish.contains("hreflang=\"en\"") && !spanish.contains("hreflang=\"fr\""),
                "a one-language copy lists only the languages it has");
        assertFalse(spanish.contains("../../index.html\">"), "and has no language choice page to link to");
    }

    @Test
    void aCopysPlainPageAndPostAreCutFromTheOnlineRenderingToo() throws IOException {
        for (String page : List.of("es/about/index.html", "es/news/site-opens/index.html")) {
            String online = Files.readString(site.out().resolve(page), StandardCharsets.UTF_8);
            assertEquals(online, entry("babelbake-info-all-languages.zip", "babelbake-info-all-languages/" + page),
                    page + ": the copy with every language has nothing of its own on this page");
            String spanish = entry("babelbake-info-es.zip", "babelbake-info-es/" + page);
            assertTrue(online.contains("hreflang=\"fr\"") && !spanish.contains("hreflang=\"fr\"") && spanish.contains("hreflang=\"en\""),
                    page + ": a one-language copy lists only the languages it has");
        }
        // A home says how many languages the information is in: each copy has its own.
        assertTrue(entry("babelbake-info-es.zip", "babelbake-info-es/es/index.html").contains(" 2 idiomas"));
        assertTrue(Files.readString(site.out().resolve("es/index.html"), StandardCharsets.UTF_8).contains(" 3 idiomas"));
    }

    @Test
    void aBrokenLinkInThePageTemplateIsFound() {
        Problem problem = failingBuild(s -> s.replace("templates/page.ftl", "</h1>", "</h1><a href=\"gone.html\">x</a>"));
        assertEquals("templates/page.ftl", problem.file());
        assertTrue(problem.message().contains("\"gone.html\" that points at a file that does not exist"), problem.message());
    }

    @Test
    void aVersionSharedByCopiesIsDeflatedOnceAndReadTheSame() throws IOException {
        // The English article in the Spanish and French copies differs only in the language list.
        try (ZipFile es = zip("babelbake-info-es.zip"); ZipFile fr = zip("babelbake-info-fr.zip");
             ZipFile en = zip("babelbake-info-en.zip")) {
            ZipEntry inEs = es.getEntry("babelbake-info-es/assets/site.css");
            ZipEntry inFr = fr.getEntry("babelbake-info-fr/assets/site.css");
            assertEquals(inEs.getCrc(), inFr.getCrc());
            assertEquals(inEs.getCompressedSize(), inFr.getCompressedSize());
            assertNotEquals(es.getEntry("babelbake-info-es/en/imnm/index.html").getCrc(),
                    fr.getEntry("babelbake-info-fr/en/imnm/index.html").getCrc(), "their language lists differ");
            String english = new String(en.getInputStream(en.getEntry("babelbake-info-en/en/imnm/index.html")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(english.contains("class=\"languages\""), "a copy with one language has no language list");
        }
    }

    @Test
    void aBrokenLinkInATemplateIsFoundInTheOnlineSite() {
        Problem problem = failingBuild(s -> s.replace("templates/article.ftl", "<article class=\"article\">",
                "<article class=\"article\"><a href=\"no-such-page.html\">x</a>"));
        assertEquals("templates/article.ftl", problem.file());
        assertTrue(problem.message().contains("\"no-such-page.html\" that points at a file that does not exist"), problem.message());
    }

    @Test
    void aBrokenLinkOnAPageOnlyTheCopiesHaveIsFound() {
        Problem problem = failingBuild(s -> s.replace("templates/start.ftl", "<@layout.offlineCopy scope=\"one\"/>",
                "<@layout.offlineCopy scope=\"one\"/><a href=\"nowhere.html\">x</a>"));
        assertEquals("templates/start.ftl", problem.file());
        assertTrue(problem.message().matches("generated page index.html of the offline copy babelbake-info-(en|es)\\.zip"
                + " has a link \"nowhere.html\" that points at a file that does not exist; .*<@layout.only \"online\">.*"),
                problem.message());
    }

    @Test
    void anOnlineOnlyLinkLeftUnmarkedIsFoundInTheCopies() {
        // The downloads page is online only: an article linking to it outside the online mark breaks every copy.
        Problem problem = failingBuild(s -> s.replace("templates/article.ftl",
                "<#if downloadsHref??><@layout.only \"online\"><p><a href=\"${downloadsHref}\">${msg(\"nav.downloads\")}</a></p></@layout.only></#if>",
                "<#if downloadsHref??><p><a href=\"${downloadsHref}\">${msg(\"nav.downloads\")}</a></p></#if>"));
        assertEquals("templates/article.ftl", problem.file());
        assertTrue(problem.message().contains("\"../downloads.html\" that points at a file that does not exist"), problem.message());
    }

    @Test
    void aMarkTheBuildDoesNotKnowIsNamed() {
        Problem problem = failingBuild(s -> s.replace("templates/article.ftl", "<@layout.only \"online\">", "<@layout.only \"onlin\">"));
        assertEquals("templates/article.ftl", problem.file());
        assertTrue(problem.message().contains("unknown edition mark \"onlin\""), problem.message());
    }

    private static Problem failingBuild(Consumer<TestSite> breakIt) {
        TestSite broken = TestSite.copyOfProject(dir.resolve("broken-" + System.nanoTime())).keepLocales("en", "es");
        breakIt.accept(broken);
        BuildFailedException failure = assertThrows(BuildFailedException.class, broken::build);
        List<Problem> problems = failure.problems();
        assertFalse(problems.isEmpty());
        return problems.get(0);
    }

    private static ZipFile zip(String name) throws IOException {
        return new ZipFile(site.out().resolve("downloads/" + name).toFile());
    }

    private static String entry(String zip, String name) throws IOException {
        try (ZipFile file = zip(zip)) {
            ZipEntry entry = file.getEntry(name);
            assertTrue(entry != null, name + " in " + zip);
            return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
