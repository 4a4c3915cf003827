package org.babelbake.site;

import org.babelbake.cli.BabelbakeCommand;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.testing.CommandRun;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad input: the build names the file and line and says what to do, fails, and
 * leaves the previous site exactly as it was.
 */
class BrokenInputTest {
    @TempDir
    Path dir;
    @TempDir
    Path outsideProject;

    @Test
    void malformedHeaderLineIsReportedAtItsLine() {
        Problem problem = failingBuild(site -> site.replace("content/en/imnm/30-causes.md",
                "status=published\n", "status=published\nthis line has no equals sign\n"));
        assertEquals("content/en/imnm/30-causes.md", problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("is not key=value"), problem.message());
    }

    @Test
    void brokenMessageFormatPatternIsReportedAtItsLine() {
        Problem problem = failingBuild(site -> site.replace("translations/en.properties",
                "nav.glossary=Glossary", "nav.glossary=Glossary {count, plural, one {# term}"));
        assertEquals("translations/en.properties", problem.file());
        assertEquals(lineOf(site(), "translations/en.properties", "nav.glossary="), problem.line());
        assertTrue(problem.message().startsWith("message \"nav.glossary\" is not valid ICU MessageFormat"), problem.message());
    }

    @Test
    void slugThatCannotNameAFileIsReportedAtItsLine() {
        Problem problem = failingBuild(site -> site.replace("jbake.properties", "site.slug=babelbake-info", "site.slug=Patient Info/ES"));
        assertEquals("jbake.properties", problem.file());
        assertEquals(lineOf(site(), "jbake.properties", "site.slug="), problem.line());
        assertTrue(problem.message().contains("use lower-case letters a-z, digits and single hyphens"), problem.message());
    }

    @Test
    void linkToAMissingPageIsReportedAtTheMarkdownLine() {
        Problem problem = failingBuild(site -> site.replace("content/en/imnm/20-symptoms.md",
                "For more, see [Signs and Symptoms][mda-signs].", "For more, see [Signs and Symptoms](signs.html)."));
        assertEquals("content/en/imnm/20-symptoms.md", problem.file());
        assertEquals(lineOf(site(), "content/en/imnm/20-symptoms.md", "(signs.html)"), problem.line());
        assertTrue(problem.message().contains("\"signs.html\" points at a file that does not exist"), problem.message());
    }

    @Test
    void linkToAMissingSectionIsReported() {
        Problem problem = failingBuild(site -> site.replace("content/en/imnm/30-causes.md",
                "For more, see [Causes/Inheritance][mda-causes].", "For more, see [the course](#course)."));
        assertEquals("content/en/imnm/30-causes.md", problem.file());
        assertEquals(lineOf(site(), "content/en/imnm/30-causes.md", "(#course)"), problem.line());
        assertTrue(problem.message().contains("#course, which is not an id"), problem.message());
    }

    @Test
    void templateErrorNamesTheTemplateLine() {
        Problem problem = failingBuild(site -> site.replace("templates/home.ftl",
                "<h1>${msg(\"home.title\")}</h1>", "<h1>${noSuchValue.title}</h1>"));
        assertEquals("templates/home.ftl", problem.file());
        assertEquals(3, problem.line());
    }

    @Test
    void allProblemsOfOneBuildAreReportedTogether() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.build();
        site.replace("content/en/imnm/30-causes.md", "type=section", "type=chapter");
        site.replace("translations/en.properties", "nav.home=Home", "nav.home=Home {");
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        assertEquals(2, failure.problems().size(), failure.getMessage());
    }

    @Test
    void anAssetLinkedFromOutsideTheProjectIsRefused() {
        Problem problem = failingBuild(site -> linkAssetOutside(site, "outside.css"));
        assertEquals(new Problem("assets/outside.css", 0,
                "is a link to a file outside the project; copy the file into assets/ instead"), problem);
    }

    /** The theme is read on another thread while the content is read: their problems still come as one report. */
    @Test
    void problemsOfTheThemeAndOfTheContentAreReportedTogether() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace("content/en/imnm/30-causes.md", "status=published", "status=published\nWhat’s this");
        linkAssetOutside(site, "outside.css");
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        assertEquals(List.of("assets/outside.css", "content/en/imnm/30-causes.md"),
                failure.problems().stream().map(Problem::file).toList(), failure.getMessage());
    }

    private void linkAssetOutside(TestSite site, String name) {
        try {
            Path outside = Files.writeString(outsideProject.resolve(name), "body { color: red }");
            Files.createSymbolicLink(site.root().resolve("assets").resolve(name), outside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBrokenSourceHeaderIsReportedAtItsLineNotAsAMissingSourceForEveryTranslation() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es", "fr");
        site.replace("content/en/imnm/30-causes.md", "status=published", "status=published\nWhat’s this");
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        assertEquals(List.of(new Problem("content/en/imnm/30-causes.md", 3,
                "header line \"What’s this\" is not key=value; write it as key=value or move it below ~~~~~~")), failure.problems());
    }

    @Test
    void commandLineExitsNonZeroAndPrintsFileLineMessage() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        assertEquals(0, BabelbakeCommand.commandLine().execute("build", "--source", site.root().toString()));
        Map<String, String> before = TestSite.fingerprint(site.out());
        site.replace("content/en/imnm/index.md", "updated=2023-02", "updated=Feb 2023");

        CommandRun failed = CommandRun.of("build", "--source", site.root().toString());
        assertEquals(1, failed.exit());
        String output = failed.err();
        assertTrue(output.contains("content/en/imnm/index.md:5: updated \"Feb 2023\" is not a date; write YYYY-MM or YYYY-MM-DD"), output);
        assertEquals(before, TestSite.fingerprint(site.out()));
    }

    private TestSite current;

    private TestSite site() {
        return current;
    }

    /** Builds once, breaks the site, builds again: returns the one problem and checks nothing changed. */
    private Problem failingBuild(Consumer<TestSite> breakIt) {
        current = TestSite.copyOfProject(dir).keepLocales("en");
        current.build();
        Map<String, String> before = TestSite.fingerprint(current.out());
        assertTrue(before.containsKey("en/imnm/index.html"));
        breakIt.accept(current);
        BuildFailedException failure = assertThrows(BuildFailedException.class, current::build);
        assertEquals(before, TestSite.fingerprint(current.out()), "the previous site must be left as it was");
        List<Problem> problems = failure.problems();
        assertEquals(1, problems.size(), failure.getMessage());
        return problems.get(0);
    }

    private static int lineOf(TestSite site, String file, String text) {
        List<String> lines = site.read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }
}
