package org.babelbake.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.babelbake.content.SourceHash;
import org.babelbake.testing.CommandRun;
import org.babelbake.testing.StatusFile;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code status} and {@code stamp} as a translator runs them. */
class TranslatorCommandsTest {
    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    /** The command as a separate process started in {@code folder}, as a translator's shell would. */
    private static CommandRun runIn(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BabelbakeCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("babelbake-out", ".txt");
        Path err = Files.createTempFile("babelbake-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "command finished");
            return new CommandRun(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theDefaultContentIsTranslatedEverywhereWithCurrentStamps() throws IOException {
        TestSite site = TestSite.copyOfProject(dir);
        CommandRun status = run("status", "--source", site.root().toString());
        assertEquals(0, status.exit(), status.err());
        JsonNode locales = StatusFile.read(site).get("locales");
        assertEquals(6, locales.size());
        locales.forEach(locale -> locale.get("pages").forEach(page ->
                assertEquals("translated", page.get("status").asText(), page.toString())));
        assertEquals(17, locales.get("zh-Hans").get("pages").size());
        try (Stream<Path> files = Files.walk(site.root().resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains("translation.source=e3b0c44298fc"), "upgraded: " + file);
            }
        }
    }

    @Test
    void upgradeRewritesBodyOnlyStampsOfTheCurrentSourceAndLeavesOlderOnesOutdated() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es", "fr");
        for (String file : List.of("imnm/index.md", "imnm/10-what-is.md", "imnm/20-symptoms.md")) {
            stampBodyOnly(site, file, bodyOf(site.read("content/en/" + file)));
        }
        stampBodyOnly(site, "imnm/30-causes.md", "An older English text.\n");
        // Sources the first locale compared are compared again: one stamp of the current text, one of an older.
        stampBodyOnly(site, "fr", "imnm/index.md", bodyOf(site.read("content/en/imnm/index.md")));
        stampBodyOnly(site, "fr", "imnm/10-what-is.md", "An older English text.\n");
        CommandRun upgrade = run("stamp", "--upgrade", "--source", site.root().toString());
        assertEquals(0, upgrade.exit(), upgrade.err());
        assertEquals("""
                content/es/imnm/10-what-is.md: stamp upgraded
                content/es/imnm/20-symptoms.md: stamp upgraded
                content/es/imnm/index.md: stamp upgraded
                content/fr/imnm/index.md: stamp upgraded
                4 stamps upgraded.
                """, upgrade.out());
        run("status", "--source", site.root().toString());
        assertEquals("translated", StatusFile.pageStatus(site, "es", "imnm/index.md"));
        assertEquals("outdated", StatusFile.pageStatus(site, "es", "imnm/30-causes.md"));
        assertEquals("translated", StatusFile.pageStatus(site, "fr", "imnm/index.md"));
        assertEquals("outdated", StatusFile.pageStatus(site, "fr", "imnm/10-what-is.md"));
        assertEquals("0 stamps upgraded.\n", run("stamp", "--upgrade", "--source", site.root().toString()).out(),
                "a second run changes nothing");
    }

    @Test
    void statusBeforeTheUpgradeSaysToRunIt() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es", "fr");
        String symptoms = "imnm/20-symptoms.md";
        stampBodyOnly(site, "es", symptoms, bodyOf(site.read("content/en/" + symptoms)));
        // The same source compared again from another locale, whose old stamp is of an older text.
        stampBodyOnly(site, "fr", symptoms, "An older English text.\n");
        CommandRun status = run("status", "--source", site.root().toString());
        assertTrue(status.out().contains("es: 1 file(s) carry an old body-only stamp of the current source; "
                + "run `stamp --upgrade` once"), status.out());
        assertFalse(status.out().contains("fr: 1 file(s) carry an old body-only stamp"), status.out());
        assertEquals("outdated", StatusFile.pageStatus(site, "fr", symptoms));
        assertTrue(site.read("target/translation-status.html").contains("1 file(s) carry an old body-only stamp"));
    }

    @Test
    void statusWithATagShowsThatLocaleAndItsUnusedKeys() {
        TestSite site = TestSite.copyOfProject(dir);
        site.write("translations/fr.properties", site.read("translations/fr.properties") + "old.key=ancien\n");
        CommandRun status = run("status", "fr", "--source", site.root().toString());
        assertEquals(0, status.exit(), status.err());
        List<String> rows = status.out().lines().filter(l -> l.matches("^[a-zA-Z-]+\\s+\\d.*")).toList();
        assertEquals(1, rows.size(), status.out());
        assertTrue(rows.get(0).matches("fr\\s+17\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+1"), rows.get(0));
        assertTrue(status.out().contains("fr: unused UI strings (not in the source file): old.key"), status.out());
    }

    @Test
    void statusForAnUnknownTagNamesTheLocales() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        CommandRun status = run("status", "pt-BR", "--source", site.root().toString());
        assertEquals(1, status.exit());
        assertEquals("translations/pt-BR.properties: does not exist, so pt-BR is not a locale of this site; "
                + "the locales are es\n", status.err());
    }

    @Test
    void stampWithoutFilesSaysWhatToGive() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        CommandRun stamp = run("stamp", "--source", site.root().toString());
        assertEquals(1, stamp.exit());
        assertEquals("stamp: name the translated files to stamp, or give --upgrade\n", stamp.err());
    }

    @Test
    void stampAndStatusWorkFromAFolderInsideTheProject() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.replace("content/en/imnm/20-symptoms.md", "title=What are the symptoms", "title=What are the signs");
        Path spanish = site.root().resolve("content/es/imnm");

        CommandRun before = runIn(spanish, "status");
        assertEquals(0, before.exit(), before.err());
        assertTrue(before.out().lines().anyMatch(l -> l.matches("es\\s+16\\s+1\\s+.*")), before.out());
        assertTrue(Files.exists(site.root().resolve("target/translation-status.json")), "reports in the project's target/");

        CommandRun stamp = runIn(spanish, "stamp", "20-symptoms.md");
        assertEquals(0, stamp.exit(), stamp.err());
        assertTrue(stamp.out().startsWith("20-symptoms.md: translation.source="), stamp.out());
        CommandRun after = runIn(spanish.resolve("glossary"), "status");
        assertTrue(after.out().lines().anyMatch(l -> l.matches("es\\s+17\\s+0\\s+.*")), after.out());
    }

    private static String bodyOf(String file) {
        return file.substring(file.indexOf("~~~~~~\n") + "~~~~~~\n".length());
    }

    private static void stampBodyOnly(TestSite site, String file, String englishBody) {
        stampBodyOnly(site, "es", file, englishBody);
    }

    private static void stampBodyOnly(TestSite site, String locale, String file, String englishBody) {
        String path = "content/" + locale + "/" + file;
        site.write(path, site.read(path).replaceAll("(?m)^translation\\.source=.*$", "translation.source=" + SourceHash.of(englishBody)));
    }
}
