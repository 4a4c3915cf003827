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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site's name, tagline, logo, icon, menu and "Made with Babelbake", all from jbake.properties. */
class SiteIdentityTest {

    @Test
    void nameIsJbakePropertiesUnlessTheLanguageGivesItsOwnThenMarkedAsSource(@TempDir Path dir) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es", "de");
        site.replace("jbake.properties", "site.name=Babelbake patient information", "site.name=Muscle Help");
        String de = site.read("translations/de.properties");
        site.write("translations/de.properties", de.replaceAll("(?m)^site\\.name=.*$", ""));
        site.build();

        Document en = site.page("en/about/index.html");
        assertEquals("Muscle Help", en.selectFirst(".brand").text());
        assertTrue(en.title().endsWith(" – Muscle Help"), en.title());
        Element deBrand = site.page("de/about/index.html").selectFirst(".brand span");
        assertEquals("Muscle Help", deBrand.text());
        assertEquals("en", deBrand.attr("lang"), "the name in the source language, marked");
        Element esBrand = site.page("es/about/index.html").selectFirst(".brand");
        assertEquals("Información para pacientes de Babelbake", esBrand.text());
        assertTrue(esBrand.select("[lang]").isEmpty(), "the language's own name");
        String status = site.read("target/translation-status.json");
        assertFalse(status.contains("\"site.name\""), "an own site.name is neither missing nor unused: " + status);
    }

    @Test
    void taglineLogoAndIconComeFromJbakeProperties(@TempDir Path dir) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n");
        site.write("assets/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"5\" cx=\"5\" cy=\"5\"/></svg>\n");
        site.replace("jbake.properties", "#site.tagline=", "site.tagline=Support for people with muscle diseases");
        site.replace("jbake.properties", "#site.logo=assets/logo.svg", "site.logo=assets/logo.svg");
        site.replace("jbake.properties", "site.favicon=assets/favicon.svg", "site.favicon=assets/icon.svg");
        site.write("translations/es.properties", site.read("translations/es.properties") + "site.tagline=Apoyo a personas con enfermedades musculares\n");
        site.build();

        Document page = site.page("en/news/site-opens/index.html");
        Element logo = page.selectFirst(".brand img.logo");
        assertEquals("../../../assets/logo.svg", logo.attr("src"));
        assertEquals("", logo.attr("alt"), "the name follows as text");
        assertEquals("../../../assets/icon.svg", page.selectFirst("link[rel=icon]").attr("href"));
        assertEquals("image/svg+xml", page.selectFirst("link[rel=icon]").attr("type"));
        assertEquals("Support for people with muscle diseases", page.selectFirst(".tagline").text());
        assertEquals("Apoyo a personas con enfermedades musculares", site.page("es/index.html").selectFirst(".tagline").text());
    }

    @Test
    void poweredByFalseLeavesBabelbakeOffTheCharitysPages(@TempDir Path dir) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace("jbake.properties", "site.name=Babelbake patient information", "site.name=Muscle Help");
        Document before = buildAndRead(site);
        assertTrue(before.selectFirst(".site-footer").text().contains("Made with Babelbake"), "the documented default");
        site.replace("jbake.properties", "#site.poweredBy=true", "site.poweredBy=false");
        Document after = buildAndRead(site);
        assertFalse(after.body().text().contains("Babelbake"), after.body().text());
    }

    private static Document buildAndRead(TestSite site) {
        site.build();
        return site.page("en/imnm/glossary.html");
    }

    @Test
    void menuIdThatNamesNothingIsAnErrorAtItsLine(@TempDir Path dir) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace("jbake.properties", "site.menu=imnm, news, about", "site.menu=imnm, contact, about");
        Problem problem = onlyProblem(site);
        assertEquals("jbake.properties", problem.file());
        assertEquals(lineOf(site, "site.menu="), problem.line());
        assertTrue(problem.message().contains("\"contact\"") && problem.message().contains("about, imnm, news"), problem.message());
    }

    @Test
    void logoOutsideAssetsOrOfAnotherKindIsAnErrorAtItsLine(@TempDir Path dir) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace("jbake.properties", "#site.logo=assets/logo.svg", "site.logo=logo.gif");
        Problem problem = onlyProblem(site);
        assertEquals(lineOf(site, "site.logo="), problem.line());
        assertTrue(problem.message().contains("assets/"), problem.message());
        site.write("assets/logo.gif", "GIF89a");
        site.replace("jbake.properties", "site.logo=logo.gif", "site.logo=assets/logo.gif");
        assertTrue(onlyProblem(site).message().contains("SVG or PNG"));
    }

    @Test
    void postWithoutDateAndPageInANestedFolderAreErrorsAtTheirFiles(@TempDir Path dir) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace("content/en/news/site-opens.md", "date=2026-11-24\n", "");
        site.write("content/en/imnm/extra/contact.md", "type=page\nstatus=published\ntitle=Contact\n~~~~~~\nText.\n");
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        List<String> where = failure.problems().stream().map(p -> p.file() + ":" + p.line()).sorted().toList();
        assertEquals(List.of("content/en/imnm/extra/contact.md:1", "content/en/news/site-opens.md:1"), where, failure.getMessage());
    }

    private static Problem onlyProblem(TestSite site) {
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        assertEquals(1, failure.problems().size(), failure.getMessage());
        return failure.problems().get(0);
    }

    private static int lineOf(TestSite site, String start) {
        List<String> lines = site.read("jbake.properties").lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(start)) return i + 1;
        throw new IllegalArgumentException(start);
    }
}
