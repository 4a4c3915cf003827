package org.babelbake.theme;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.site.SiteProject;
import org.babelbake.testing.TestSite;
import org.babelbake.translation.LocaleStatus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site needs no templates, assets or UI strings of its own: the jar's theme supplies them,
 * and a site's own file replaces the built-in file of the same name, one by one.
 */
class BuiltInThemeTest {
    @TempDir
    Path dir;

    /** A file of the repository's own site, as the build copied it to the test class path. */
    private static Path projectFile(String path) {
        try {
            return Path.of(BuiltInThemeTest.class.getResource("/site-project/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real site without its templates/ and assets/, and with UI strings that only name it. */
    private TestSite bareSite() {
        return bareSite("site");
    }

    private TestSite bareSite(String folder) {
        return TestSite.copyOfProject(dir.resolve(folder)).keepLocales("en", "es")
                .deleteFolder("templates").deleteFolder("assets")
                .replace("jbake.properties", "site.name=Babelbake patient information", "site.name=Bare charity")
                .write("translations/en.properties", "nav.skip=Skip to the text\n")
                .write("translations/es.properties", "nav.downloads=Descargas propias\n");
    }

    @Test
    void siteWithoutTemplatesAssetsOrStringsBuildsWithTheBuiltInTheme() throws IOException {
        TestSite site = bareSite();
        site.build();
        Document home = site.page("en/index.html");
        assertTrue(home.title().contains("Bare charity"), home.title());
        Document article = site.page("es/imnm/index.html");
        assertNotNull(article.selectFirst("link[rel=stylesheet][href=../../assets/site.css]"));
        // The site's one Spanish string, and the built-in Spanish ones for the rest.
        List<String> links = article.select("a").eachText();
        assertTrue(links.contains("Descargas propias"), links.toString());
        assertTrue(links.contains("Volver arriba"), links.toString());
        assertArrayEquals(Files.readAllBytes(projectFile("assets/site.css")), Files.readAllBytes(site.out().resolve("assets/site.css")));
        assertTrue(Files.isRegularFile(site.out().resolve("assets/language-switcher.js")));
        assertTrue(Files.isRegularFile(site.out().resolve("404.html")));
    }

    @Test
    void siteWithOnlyItsOwn404GetsThatPageAndTheBuiltInRest() throws IOException {
        TestSite site = bareSite().write("templates/404.ftl", """
                <#import "layout.ftl" as layout>
                <@layout.document title="Lost">
                <h1 id="own-404">This charity's own page for lost readers</h1>
                <p><a href="${chooserHref}">Start again</a></p>
                </@layout.document>
                """);
        site.build();
        Document notFound = site.page("404.html");
        assertEquals("This charity's own page for lost readers", notFound.getElementById("own-404").text());
        // layout.ftl, which the own 404.ftl imports, inlines the built-in style sheet; every other page is built-in.
        String firstRule = Files.readAllLines(projectFile("assets/site.css")).stream().filter(l -> l.contains("{")).findFirst().orElseThrow();
        assertTrue(notFound.selectFirst("style").data().contains(firstRule), firstRule);
        assertNotNull(site.page("en/imnm/index.html").selectFirst("article, main"));
        assertNotNull(site.page("en/imnm/glossary.html").selectFirst("dl dt"));
    }

    @Test
    void ownAssetReplacesTheBuiltInOneOfTheSameName() throws IOException {
        TestSite site = bareSite().write("assets/site.css", "/* this charity's colours */\nbody { color: #123456; }\n");
        site.build();
        assertEquals("/* this charity's colours */\nbody { color: #123456; }\n", Files.readString(site.out().resolve("assets/site.css")));
        assertArrayEquals(Files.readAllBytes(projectFile("assets/language-switcher.js")),
                Files.readAllBytes(site.out().resolve("assets/language-switcher.js")));
    }

    @Test
    void siteTemplatesCannotIncludeOtherClassPathResources() {
        for (String include : List.of("../simplelogger.properties", "../../../../simplelogger.properties", "../translations/en.properties",
                "/org/babelbake/cli/Version.class")) {
            TestSite site = bareSite("site" + include.hashCode()).write("templates/404.ftl", "<#include \"" + include + "\">\n");
            BuildFailedException failure = assertThrows(BuildFailedException.class, site::build, include);
            Problem problem = failure.problems().get(0);
            assertTrue(problem.file().startsWith("templates/404.ftl"), problem.toString());
            assertFalse(Files.exists(site.out().resolve("404.html")), include);
        }
    }

    @Test
    void siteNameIsNeverTheBuiltInExampleSitesName() {
        TestSite site = bareSite();
        site.build();
        Element brand = site.page("es/imnm/index.html").selectFirst(".brand span[lang=en]");
        assertEquals("Bare charity", brand.text(), "the site's name, in its source language, not the built-in Spanish example's");
    }

    @Test
    void errorInABuiltInTemplateNamesItAsBuiltIn() {
        // A layout.ftl of its own without the macros the built-in pages call.
        TestSite site = bareSite().write("templates/layout.ftl", "<#macro document title><#nested></#macro>\n");
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        List<String> files = failure.problems().stream().map(Problem::file).distinct().toList();
        assertTrue(files.stream().allMatch(f -> f.startsWith("(built-in) templates/")), files.toString());
    }

    @Test
    void statusTakesBuiltInStringsAsTheSourceForKeysTheSiteDoesNotDefine() {
        TestSite site = bareSite()
                .write("translations/en.properties", "nav.skip=Skip to the text\nhome.donate=Give to our work\n");
        Problems problems = new Problems();
        LocaleStatus es = SiteProject.load(site.root(), problems).translationStatus().locales().get("es");
        // Every built-in key has its built-in Spanish; only the site's own new key is missing.
        assertEquals(List.of("home.donate"), es.missingMessages());
        assertEquals(List.of(), es.unusedMessages());
    }

    @Test
    void siteWithoutTranslationsFolderBuildsInItsSourceLocaleFromBuiltInStrings() {
        TestSite site = bareSite().deleteFolder("translations").deleteFolder("content/es");
        site.build();
        Document home = site.page("en/index.html");
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertFalse(Files.exists(site.out().resolve("es")));
    }

    @Test
    void builtInLocalesAreTheRepositoryTranslations() throws IOException {
        try (var files = Files.list(projectFile("translations"))) {
            List<String> tags = files.map(f -> f.getFileName().toString().replace(".properties", "")).sorted().toList();
            assertEquals(tags, BuiltInTheme.locales());
        }
    }
}
