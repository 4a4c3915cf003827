package org.babelbake.init;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.site.SiteBuilder;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code babelbake init}: a new site that builds and passes every check, from the starter files in the jar. */
class SiteStarterTest {
    private static final SiteStarter STARTER = new SiteStarter("9.9.9", LocalDate.of(2026, 11, 25));

    @TempDir
    Path dir;

    private Document build(Path site) {
        new SiteBuilder(site, site.resolve("target/site"), "test").build();
        return TestSite.parse(site.resolve("target/site/index.html"));
    }

    private static Document home(Path site) {
        return TestSite.parse(site.resolve("target/site/en/index.html"));
    }

    @Test
    void newSiteHasEveryPartAndBuildsWithItsExampleArticle() {
        Path site = dir.resolve("charity");
        SiteStarter.Created created = STARTER.create(site, new NewSite("Test charity", "en"));
        for (String file : List.of("jbake.properties", ".gitignore", "README.md", ".github/workflows/publish.yml", ".gitlab-ci.yml",
                "translations/en.properties", "content/en/getting-started/index.md", "content/en/about.md")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertFalse(Files.exists(site.resolve("templates")));
        assertEquals(Optional.empty(), created.stringsCopiedFrom());

        Document chooser = build(site);
        assertTrue(chooser.title().contains("Test charity"), chooser.title());
        Document article = TestSite.parse(site.resolve("target/site/en/getting-started/index.html"));
        assertEquals("How to use this site", article.selectFirst("h1").text());
        assertEquals(3, article.select("section[id], h2[id]").stream().map(e -> e.id())
                .filter(id -> List.of("reading", "languages", "offline").contains(id)).distinct().count());
        assertTrue(article.text().contains("Tags for Identifying Languages"), "the reference is listed");
        Document glossary = TestSite.parse(site.resolve("target/site/en/getting-started/glossary.html"));
        assertEquals(List.of("offline copy", "source language"), glossary.select("dl dt").eachText());
        assertTrue(article.select("a[href^=glossary.html#term-]").size() >= 2, "both terms are linked from the text");
        assertTrue(article.text().contains("Last update: November 2026"), "the example carries the day init ran");
        Document about = TestSite.parse(site.resolve("target/site/en/about/index.html"));
        assertEquals("About this site", about.selectFirst("h1").text());
        assertTrue(about.text().contains("This site is published by Test charity."), about.text());
        assertEquals(List.of("How to use this site", "About this site"), home(site).select("nav.site-menu a").eachText());
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyAndWritesNothing() throws IOException {
        Path site = dir.resolve("existing");
        Files.createDirectories(site);
        Files.writeString(site.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> STARTER.create(site, new NewSite("Test charity", "en")));
        assertTrue(failure.problems().get(0).message().startsWith("is not empty"), failure.problems().toString());
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(List.of(site.resolve("notes.txt")), files.toList());
        }
        assertEquals("mine", Files.readString(site.resolve("notes.txt")));
    }

    @Test
    void localeTheJarDoesNotShipStartsFromACopyOfTheEnglishStrings() throws IOException {
        Path site = dir.resolve("pt");
        SiteStarter.Created created = STARTER.create(site, new NewSite("Informação", "pt-BR"));
        assertEquals(Optional.of("en"), created.stringsCopiedFrom());
        String strings = Files.readString(site.resolve("translations/pt-BR.properties"));
        assertTrue(strings.contains("Babelbake has no built-in UI strings for pt-BR"), strings);
        assertTrue(strings.contains("\nnav.home=Home\n"), "the English strings to translate");
        assertTrue(Files.readString(site.resolve("jbake.properties")).contains("\nsite.name=Informação\n"), "the site's own name");
        assertTrue(Files.isRegularFile(site.resolve("content/pt-BR/getting-started/index.md")));

        build(site);
        Document home = TestSite.parse(site.resolve("target/site/pt-BR/index.html"));
        assertEquals("pt-BR", home.selectFirst("html").attr("lang"));
        assertTrue(home.title().contains("Informação"), home.title());
    }

    @Test
    void nameWithApostropheAndBracesShowsAsWritten() {
        Path site = dir.resolve("trust");
        STARTER.create(site, new NewSite("St John's {Trust}", "en"));
        build(site);
        Document home = TestSite.parse(site.resolve("target/site/en/index.html"));
        assertTrue(home.title().contains("St John's {Trust}"), home.title());
    }

    @Test
    void badLocaleOrEmptyNameIsRefusedBeforeAnythingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> new NewSite("Charity", "not a tag"));
        assertThrows(IllegalArgumentException.class, () -> new NewSite("  ", "en"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitHubWorkflowBuildsWithJava17AndPublishesTargetSiteOnPages() throws IOException {
        Path site = dir.resolve("gh");
        STARTER.create(site, new NewSite("Test charity", "en"));
        Map<String, Object> workflow = new Yaml().load(Files.readString(site.resolve(".github/workflows/publish.yml")));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> build = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
        List<Object> uses = build.stream().map(step -> step.get("uses")).filter(u -> u != null).toList();
        assertEquals(List.of("actions/checkout@v5", "actions/setup-java@v5", "actions/upload-pages-artifact@v4"), uses);
        assertEquals("17", ((Map<String, Object>) build.get(1).get("with")).get("java-version"));
        assertEquals("target/site", ((Map<String, Object>) build.get(4).get("with")).get("path"));
        assertEquals("babelbake build", build.get(3).get("run"));
        assertTrue(((String) build.get(2).get("run")).contains("babelbake-$BABELBAKE_VERSION/bin"));
        assertEquals("9.9.9", ((Map<String, Object>) workflow.get("env")).get("BABELBAKE_VERSION"));
        List<Map<String, Object>> deploy = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("deploy")).get("steps");
        assertEquals("actions/deploy-pages@v4", deploy.get(0).get("uses"));
        Map<String, Object> permissions = (Map<String, Object>) workflow.get("permissions");
        assertEquals("write", permissions.get("pages"));
        assertEquals("write", permissions.get("id-token"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitLabPagesJobBuildsIntoPublic() throws IOException {
        Path site = dir.resolve("gl");
        STARTER.create(site, new NewSite("Test charity", "en"));
        Map<String, Object> ci = new Yaml().load(Files.readString(site.resolve(".gitlab-ci.yml")));
        Map<String, Object> pages = (Map<String, Object>) ci.get("pages");
        assertEquals(List.of("public"), ((Map<String, Object>) pages.get("artifacts")).get("paths"));
        List<String> script = (List<String>) pages.get("script");
        assertEquals("/opt/babelbake-$BABELBAKE_VERSION/bin/babelbake build --out public", script.get(script.size() - 1));
        assertTrue(((String) pages.get("image")).startsWith("eclipse-temurin:17"));
    }
}
