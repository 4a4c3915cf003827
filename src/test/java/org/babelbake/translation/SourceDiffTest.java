package org.babelbake.translation;

import org.babelbake.cli.BabelbakeCommand;
import org.babelbake.content.SourceHash;
import org.babelbake.testing.TestSite;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For an outdated translation, {@code status} and the HTML report show what changed in the
 * English since the version it was stamped with, word by word, found in a real git history.
 */
class SourceDiffTest {
    private static final String SYMPTOMS = "content/en/imnm/20-symptoms.md";
    private static final String SPANISH = "content/es/imnm/20-symptoms.md";

    @TempDir
    Path dir;

    private static String status(TestSite site) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, BabelbakeCommand.commandLine().execute("status", "es", "--source", site.root().toString()));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void commit(Git git, String message, int day) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent author = new PersonIdent("Editor", "editor@example.org",
                Date.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(day * 86_400L)), TimeZone.getTimeZone(ZoneOffset.UTC));
        git.commit().setMessage(message).setAuthor(author).setCommitter(author).setSign(false).call();
    }

    @Test
    void outdatedFileShowsTheEnglishWordDiffSinceItsStampedVersion() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "Site as translated", 1);
            site.replace(SYMPTOMS, "Most affected people experience only weakness", "Most people with IMNM feel only weakness");
            commit(git, "Clearer symptoms", 2);
            site.replace(SYMPTOMS, "title=What are the symptoms", "title=What are the signs");
            commit(git, "Signs, not symptoms", 3);
        }
        String out = status(site);
        assertTrue(out.contains(SPANISH + ": outdated; the source changed since commit "), out);
        assertTrue(out.contains("  title:\n    What are the [-symptoms-]{+signs+} of immune-mediated necrotizing myopathy?"), out);
        assertTrue(out.contains("  paragraph 1:\n"), out);
        assertTrue(out.contains("Most [-affected -]people [-experience -]{+with IMNM feel +}only weakness"), out);
        assertFalse(out.contains("paragraph 2"), "unchanged paragraphs are not listed: " + out);

        Document report = Jsoup.parse(site.read("target/translation-status.html"));
        Element changes = report.selectFirst("h3:contains(" + SPANISH + ") + p + dl.changes");
        assertNotNull(changes, report.outerHtml());
        assertEquals("title", changes.selectFirst("dt").text());
        assertEquals("symptoms", changes.selectFirst("dd del").text());
        assertEquals("signs", changes.selectFirst("dd ins").text());
        assertEquals("experience", changes.select("dd").get(1).select("del").get(1).text());
        assertEquals("with IMNM feel", changes.select("dd").get(1).selectFirst("ins").text());
    }

    @Test
    void withoutGitTheReportSaysTheDiffIsUnavailable() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.replace(SYMPTOMS, "title=What are the symptoms", "title=What are the signs");
        String out = status(site);
        assertTrue(out.contains(SPANISH + ": outdated\n    diff unavailable: the project is not a git repository"), out);
        assertTrue(site.read("target/translation-status.html").contains("The diff is unavailable: the project is not a git repository"));
    }

    @Test
    void aStampMadeBeforeTheFirstCommitIsNotFoundAndSaysSo() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.replace(SYMPTOMS, "title=What are the symptoms", "title=What were the symptoms");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "First commit, already changed", 1);
        }
        String out = status(site);
        assertTrue(out.contains("diff unavailable: no committed version of " + SYMPTOMS + " has version "), out);
    }

    @Test
    void anOldBodyOnlyStampOfAnOlderTextIsFoundInHistoryToo() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        String english = site.read(SYMPTOMS);
        String oldBody = english.substring(english.indexOf("~~~~~~\n") + 7);
        site.replace(SPANISH, site.read(SPANISH).lines().filter(l -> l.startsWith("translation.source=")).findFirst().orElseThrow(),
                "translation.source=" + SourceHash.of(oldBody));
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "Stamped the old way", 1);
            site.replace(SYMPTOMS, "The hallmark feature", "The main feature");
            commit(git, "Main, not hallmark", 2);
        }
        String out = status(site);
        assertTrue(out.contains("The [-hallmark-]{+main+} feature"), out);
        assertFalse(out.contains("stamp --upgrade"), "made from an older text: an upgrade would not help: " + out);
    }
}
