package org.babelbake.translation;

import com.fasterxml.jackson.databind.JsonNode;
import org.babelbake.cli.BabelbakeCommand;
import org.babelbake.testing.CommandRun;
import org.babelbake.testing.StatusFile;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a volunteer translator does: add a locale, translate a page, see it go outdated, re-stamp it. */
class TranslationWorkflowTest {
    @TempDir
    Path dir;

    /** Runs a command as {@code main} does, without exiting. */
    private static int run(String... args) {
        return BabelbakeCommand.commandLine().execute(args);
    }

    @Test
    void addLocaleCreatesAnEmptyTranslationFileWithTheSourceShown() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        assertEquals(0, run("add-locale", "pt-BR", "--source", site.root().toString()));
        String file = site.read("translations/pt-BR.properties");
        assertTrue(file.contains("# en: Skip to main content\nnav.skip=\n"), file);
        assertTrue(file.contains("one, many, other"), "the plural categories pt-BR needs are listed");
        assertFalse(Files.exists(site.root().resolve("content/pt-BR")), "nothing else is required");
    }

    @Test
    void aNewLocaleBuildsAtOnceAllInVisibleFallback() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        assertEquals(0, run("add-locale", "pt-BR", "--source", site.root().toString()));
        site.build();
        Document article = site.page("pt-BR/imnm/index.html");
        assertEquals("pt-BR", article.selectFirst("html").attr("lang"));
        for (Element body : article.select("section > .section-body")) {
            assertEquals("en", body.attr("lang"));
            assertEquals("ltr", body.attr("dir"));
        }
        assertEquals(6, article.select("section p.notice-fallback").size(), "five sections and the references");
        assertEquals("en", article.selectFirst("h1").attr("lang"));
        // UI strings fall back too, each marked with its language
        assertEquals("en", article.selectFirst("a.skip-link span[lang]").attr("lang"));
    }

    @Test
    void translatedContentReplacesFallbacksOneByOne() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        assertEquals(0, run("add-locale", "pt-BR", "--source", site.root().toString()));
        site.write("content/pt-BR/imnm/30-causes.md", "type=section\nstatus=published\ntitle=O que causa a IMNM?\n"
                + "translation.status=draft\n~~~~~~\nTexto traduzido.\n");
        assertEquals(0, run("stamp", "--source", site.root().toString(), "content/pt-BR/imnm/30-causes.md"));
        site.build();
        Document article = site.page("pt-BR/imnm/index.html");
        Element causes = article.selectFirst("section#causes");
        assertFalse(causes.selectFirst(".section-body").hasAttr("lang"));
        assertEquals("O que causa a IMNM?", causes.selectFirst("h2").text());
        assertTrue(causes.select("p.notice-fallback").isEmpty());
        assertEquals("en", article.selectFirst("section#symptoms .section-body").attr("lang"));
    }

    @Test
    void invalidTagIsRefusedWithAValidExample() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        CommandRun refused = CommandRun.of("add-locale", "pt_BR", "--source", site.root().toString());
        assertEquals(1, refused.exit());
        String message = refused.err();
        assertTrue(message.contains("translations/pt_BR.properties") && message.contains("such as en, es, zh-Hans or pt-BR"), message);
    }

    @Test
    void editingTheSourceMakesTranslationsOutdatedUntilRestamped() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.write("translations/es.properties", "nav.skip=Saltar al contenido principal\n");
        site.write("content/es/imnm/20-symptoms.md", "type=section\nstatus=published\ntitle=¿Cuáles son los síntomas?\n"
                + "translation.status=draft\n~~~~~~\nTexto traducido.\n");
        assertEquals(0, run("stamp", "--source", site.root().toString(), "content/es/imnm/20-symptoms.md"));
        site.build();
        assertEquals("translated", StatusFile.pageStatus(site, "es", "imnm/20-symptoms.md"));
        assertTrue(site.page("es/imnm/index.html").select("p.notice-outdated").isEmpty());

        site.replace("content/en/imnm/20-symptoms.md", "The hallmark feature", "The main feature");
        site.build();
        assertEquals("outdated", StatusFile.pageStatus(site, "es", "imnm/20-symptoms.md"));
        Document outdated = site.page("es/imnm/index.html");
        Element notice = outdated.selectFirst("section#symptoms > p.notice-outdated");
        assertEquals("../../en/imnm/index.html#symptoms", notice.selectFirst("a").attr("href"), "that section of the original");
        assertEquals("¿Cuáles son los síntomas?", outdated.selectFirst("section#symptoms h2").text(), "still published");

        assertEquals(0, run("stamp", "--source", site.root().toString(), "content/es/imnm/20-symptoms.md"));
        assertEquals(0, run("status", "--source", site.root().toString()));
        assertEquals("translated", StatusFile.pageStatus(site, "es", "imnm/20-symptoms.md"));
        site.build();
        assertTrue(site.page("es/imnm/index.html").select("p.notice-outdated").isEmpty());
    }

    @Test
    void statusListsMissingInvalidAndUnusedStrings() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        // Ukrainian: a language the jar ships no UI strings for, so its file is all there is.
        site.write("translations/uk.properties", "nav.skip=Перейти до змісту\n"
                + "references.count={count, plural, one {# джерело} other {# джерел}}\nold.key=x\n");
        assertEquals(1, run("status", "--source", site.root().toString()), "invalid messages make status fail");
        JsonNode messages = StatusFile.read(site).get("locales").get("uk").get("messages");
        assertEquals("nav.main", messages.get("missing").get(0).asText(), messages.toString());
        assertFalse(messages.get("missing").toString().contains("site.name"), "its default is in jbake.properties");
        assertEquals("references.count", messages.get("invalid").get(0).get("key").asText());
        assertTrue(messages.get("invalid").get(0).get("error").asText().startsWith("translations/uk.properties:2: message "
                + "\"references.count\" has no form for the plural categories few, many"), messages.toString());
        assertEquals("[\"old.key\"]", messages.get("unused").toString());
        assertTrue(Files.readString(site.root().resolve("target/translation-status.html")).contains("<h2 id=\"uk\">uk</h2>"));
    }

    @Test
    void stampReplacesTheHeaderInEverySpellingTheBuildAccepts() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.write("translations/es.properties", "nav.skip=Saltar al contenido principal\n");
        site.write("content/es/imnm/20-symptoms.md", "type=section\nstatus=published\n  translation.source = 0123456789ab\n"
                + "title=¿Cuáles son los síntomas?\ntranslation.status=draft\n~~~~~~\nTexto traducido.\n");
        site.build(); // the spaced header is accepted by the build (as outdated: the hash is not the source's)
        assertEquals("outdated", StatusFile.pageStatus(site, "es", "imnm/20-symptoms.md"));

        assertEquals(0, run("stamp", "--source", site.root().toString(), "content/es/imnm/20-symptoms.md"));
        List<String> stamps = site.read("content/es/imnm/20-symptoms.md").lines().filter(l -> l.contains("translation.source")).toList();
        assertEquals(1, stamps.size(), "replaced, not added: " + stamps);
        assertTrue(stamps.get(0).matches("translation\\.source=[0-9a-f]{12}"), stamps.get(0));
        assertEquals(3, site.read("content/es/imnm/20-symptoms.md").lines().toList().indexOf(stamps.get(0)) + 1, "on its own line");
        site.build();
        assertEquals("translated", StatusFile.pageStatus(site, "es", "imnm/20-symptoms.md"));
    }

    @Test
    void stampOfASourceFileFailsWithOneLineAndExitCodeOne() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        CommandRun refused = CommandRun.of("stamp", "--source", site.root().toString(), "content/en/imnm/20-symptoms.md");
        assertEquals(1, refused.exit());
        assertEquals(List.of("content/en/imnm/20-symptoms.md: is a source file; stamp its translations instead"),
                refused.err().lines().toList());
    }
}
