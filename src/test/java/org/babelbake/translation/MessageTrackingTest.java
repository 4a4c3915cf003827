package org.babelbake.translation;

import org.babelbake.cli.BabelbakeCommand;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UI strings remember the English they translate: outdated ones are listed, shown in English, and synced by add-locale. */
class MessageTrackingTest {
    @TempDir
    Path dir;

    private static int run(String... args) {
        return BabelbakeCommand.commandLine().execute(args);
    }

    private static String compactStatus(TestSite site) throws Exception {
        return Files.readString(site.root().resolve("target/translation-status.json")).replaceAll("\\s", "");
    }

    @Test
    void theMigratedTranslationFilesAreUpToDateAndInStep() throws Exception {
        TestSite site = TestSite.copyOfProject(dir);
        var before = TestSite.fingerprint(site.root().resolve("translations"));
        for (String tag : List.of("ar", "de", "es", "fr", "ru", "zh-Hans")) {
            assertEquals(0, run("add-locale", tag, "--source", site.root().toString()));
        }
        assertEquals(before, TestSite.fingerprint(site.root().resolve("translations")), "syncing the shipped files changes nothing");
        assertEquals(0, run("status", "--source", site.root().toString()));
        String json = compactStatus(site);
        assertEquals(6, json.split("\"outdated\":\\[]", -1).length - 1, json);
        assertTrue(site.read("translations/es.properties").contains(
                "#. {date} is the month and year of the last update, already formatted.\n# en: Last update: {date}\narticle.updated="),
                "the English context comments are copied");
    }

    @Test
    void aChangedEnglishStringIsOutdatedAndReadersGetTheEnglish() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.replace("translations/en.properties", "nav.skip=Skip to main content", "nav.skip=Skip to the article");
        assertEquals(0, run("status", "--source", site.root().toString()));
        assertTrue(compactStatus(site).contains("\"unused\":[],\"outdated\":[\"nav.skip\"]"), compactStatus(site));
        site.build();
        Element skip = site.page("es/imnm/index.html").selectFirst("a.skip-link");
        assertEquals("Skip to the article", skip.text());
        assertEquals("en", skip.selectFirst("span[lang]").attr("lang"));
        assertEquals("Otros idiomas", site.page("es/imnm/index.html").selectFirst("nav.languages").attr("aria-label"),
                "strings still current stay translated");
    }

    @Test
    void aSiteCanKeepOutdatedStrings() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.replace("translations/en.properties", "nav.skip=Skip to main content", "nav.skip=Skip to the article");
        site.replace("jbake.properties", "site.reviewInterval=P3Y", "site.reviewInterval=P3Y\nsite.outdatedStrings=keep");
        site.build();
        Element skip = site.page("es/imnm/index.html").selectFirst("a.skip-link");
        assertEquals("Saltar al contenido principal", skip.text());
        assertTrue(skip.select("span[lang]").isEmpty());
    }

    @Test
    void addLocaleOnAnExistingLocaleSyncsKeysAndKeepsTranslatorsComments() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.replace("translations/en.properties", "nav.skip=Skip to main content",
                "nav.skip=Skip to the article\n# {name} is the reader's name.\nnav.hello=Hello {name}");
        site.replace("translations/en.properties", "nav.contents=Contents\n", "");
        site.replace("translations/es.properties", "# en: Main\n", "# en: Main\n# Revisado por Ana.\n");
        assertEquals(0, run("add-locale", "es", "--source", site.root().toString()));
        String es = site.read("translations/es.properties");
        assertTrue(es.contains("# en: Skip to the article\n# en (old): Skip to main content\nnav.skip=Saltar al contenido principal\n"), es);
        assertTrue(es.contains("#. {name} is the reader's name.\n# en: Hello {name}\nnav.hello=\n"), es);
        assertTrue(es.contains("# Revisado por Ana.\n# en: Main\nnav.main=Principal\n"), es);
        assertTrue(es.contains("# unused: en.properties has no such key any more; delete this entry\nnav.contents=Contenido\n"), es);
        assertEquals(0, run("add-locale", "es", "--source", site.root().toString()));
        assertEquals(es, site.read("translations/es.properties"), "a second sync changes nothing");

        // the translator updates the text and deletes the (old) line: up to date again
        site.replace("translations/es.properties", "# en (old): Skip to main content\nnav.skip=Saltar al contenido principal",
                "nav.skip=Saltar al artículo");
        assertEquals(0, run("status", "--source", site.root().toString()));
        assertFalse(compactStatus(site).contains("\"outdated\":[\"nav.skip\"]"), compactStatus(site));
    }
}
