package org.babelbake.site;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a writer puts in a content file is shown, or the build says at its line why not and what
 * to do instead: phone, text-message and mail links stay, removed markup is an error, the body of
 * an article's index.md is its introduction, and headers readers would never see are named.
 */
class NothingDroppedTest {
    private static final String CAUSES = "content/en/imnm/30-causes.md";
    private static final String FIRST_LINE = "In most cases, the cause of an IIM is unclear.";

    @TempDir
    Path dir;

    @Test
    void phoneTextMessageAndMailLinksAreKept() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace(CAUSES, FIRST_LINE, "Call [0161 496 0000](tel:+441614960000), text [the helpline](sms:+447700900123) "
                + "or write to <help@example.org> and [us](mailto:info@example.org). " + FIRST_LINE);
        site.build();
        Element causes = site.page("en/imnm/index.html").selectFirst("section#causes");
        assertEquals("0161 496 0000", causes.selectFirst("a[href=tel:+441614960000]").text());
        assertEquals("the helpline", causes.selectFirst("a[href=sms:+447700900123]").text());
        assertEquals("us", causes.selectFirst("a[href=mailto:info@example.org]").text());
        assertNotNull(causes.selectFirst("a[href=mailto:help@example.org]"), causes.html());
    }

    @Test
    void markdownsOwnTablesCodeAndLinksAreNotReportedAndKeepTheirAlignment() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace(CAUSES, FIRST_LINE, "| Left | Centre | Right |\n|:-----|:------:|------:|\n| a | b | c |\n\n"
                + "```java\nint x = 1;\n```\n\nSee <https://example.org> or www.example.org.\n\n" + FIRST_LINE);
        site.build();
        Element causes = site.page("en/imnm/index.html").selectFirst("section#causes");
        assertEquals(List.of("align-left", "align-center", "align-right"), causes.select("td").eachAttr("class"));
        assertTrue(causes.select("[align]").isEmpty(), "no obsolete align attribute");
        assertEquals("language-java", causes.selectFirst("pre > code").attr("class"));
    }

    @Test
    void formIsAnErrorAtItsLineThatSuggestsALink() {
        Problem problem = failing(CAUSES, FIRST_LINE, "<form action=\"https://pay.example.org\"><button>Donate</button></form>\n\n" + FIRST_LINE);
        assertEquals(CAUSES + ":5", problem.file() + ":" + problem.line());
        assertTrue(problem.message().startsWith("<form> is removed: content may not hold forms"), problem.message());
        assertTrue(problem.message().contains("[Donate](https://...)") && problem.message().contains("template partial"), problem.message());
    }

    @Test
    void styleAttributeIsAnErrorAtItsLine() {
        Problem problem = failing(CAUSES, FIRST_LINE, FIRST_LINE + "\n\n<p style=\"color: red\">Important</p>");
        assertEquals(CAUSES + ":7", problem.file() + ":" + problem.line());
        assertTrue(problem.message().startsWith("style= on <p> is removed"), problem.message());
    }

    @Test
    void bodyOfTheArticlesIndexIsShownAsItsIntroductionBeforeTheFirstSection() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "fr");
        site.replace("content/en/imnm/index.md", "~~~~~~\n", "~~~~~~\nThis page explains IMNM for patients and families. "
                + "See the [clinical trials][mda-trials].\n");
        site.build();
        Document page = site.page("en/imnm/index.html");
        Element introduction = page.selectFirst("article > div.introduction");
        assertNotNull(introduction, "introduction shown");
        assertTrue(introduction.text().startsWith("This page explains IMNM for patients and families."), introduction.text());
        assertTrue(introduction.selectFirst("a.external") != null, "its links are marked like the sections'");
        assertEquals("nav", introduction.nextElementSibling().tagName(), "before the contents and the first section");
        Element french = site.page("fr/imnm/index.html").selectFirst("div.introduction");
        assertEquals("en", french.attr("lang"), "a translation without its own introduction shows the source's, marked");
        site.replace("content/fr/imnm/index.md", "~~~~~~\n", "~~~~~~\nCette page explique la MNAI.\n");
        site.build();
        Element own = site.page("fr/imnm/index.html").selectFirst("div.introduction");
        assertEquals("Cette page explique la MNAI.", own.text());
        assertEquals("", own.attr("lang"), "in the page's language");
    }

    @Test
    void brokenLinkInTheIntroductionIsReportedAtItsLine() {
        Problem problem = failing("content/en/imnm/index.md", "~~~~~~\n", "~~~~~~\nRead [the causes](causes.html) first.\n");
        assertEquals(12, problem.line(), "the line after ~~~~~~ (line 11)");
        assertTrue(problem.message().contains("\"causes.html\" points at a file that does not exist"), problem.message());
    }

    @Test
    void updatedWithADayShowsTheDayInTheReadersLanguage() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "fr");
        site.replace("content/en/imnm/index.md", "updated=2023-02", "updated=2025-06-14");
        site.build();
        Element en = site.page("en/imnm/index.html").selectFirst(".article-meta time");
        assertEquals("2025-06-14", en.attr("datetime"));
        assertEquals("Last update: June 14, 2025", en.text());
        assertTrue(site.page("fr/imnm/index.html").selectFirst(".article-meta time").text().contains("14 juin 2025"));
    }

    @Test
    void updatedWithAMonthShowsTheMonth() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.build();
        Element en = site.page("en/imnm/index.html").selectFirst(".article-meta time");
        assertEquals("2023-02", en.attr("datetime"));
        assertEquals("Last update: February 2023", en.text());
    }

    @Test
    void dateOnAnArticleSaysToUseUpdated() {
        Problem problem = failing("content/en/imnm/index.md", "updated=2023-02", "updated=2023-02\ndate=2023-02-01");
        assertEquals(6, problem.line());
        assertTrue(problem.message().startsWith("date= is not used on type=article") && problem.message().contains("updated=YYYY-MM-DD"),
                problem.message());
    }

    @Test
    void dateOnAPageSaysToUseUpdatedAndTagsOnASectionAreNamed() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.write("content/en/team.md", "type=page\nstatus=published\ntitle=Our team\ndate=2026-01-01\n~~~~~~\nWe are volunteers.\n");
        site.replace(CAUSES, "status=published\n", "status=published\ntags=causes\n");
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        assertEquals(List.of("content/en/imnm/30-causes.md:3: tags= is only shown on news posts (type=post); remove it from "
                        + "this type=section file",
                "content/en/team.md:4: date= is not used on type=page (readers never see it); a page shows its last update as "
                        + "updated=YYYY-MM-DD: write that and remove date= (news posts are type=post, which need date=)"),
                failure.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void authorSaysToUseReviewerOrTranslator() {
        Problem problem = failing(CAUSES, "status=published\n", "status=published\nauthor=Jane Doe\n");
        assertEquals(3, problem.line());
        assertTrue(problem.message().startsWith("author= is not used") && problem.message().contains("reviewer=")
                && problem.message().contains("translation.by="), problem.message());
    }

    private Problem failing(String file, String from, String to) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace(file, from, to);
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        List<Problem> problems = failure.problems();
        assertEquals(1, problems.size(), failure.getMessage());
        assertEquals(file, problems.get(0).file());
        return problems.get(0);
    }
}
