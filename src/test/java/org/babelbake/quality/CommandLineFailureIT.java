package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar as a user runs it, as a separate process: every failure is one line on standard error
 * naming the file and what to do, with exit code 1; {@code --verbose} adds the stack trace; the
 * console speaks UTF-8 and ASCII figures whatever the machine's locale.
 */
class CommandLineFailureIT {
    @TempDir
    static Path shared;
    static TestSite site;

    @BeforeAll
    static void project() {
        site = TestSite.copyOfProject(shared.resolve("project")).keepLocales("en", "ar");
    }

    /** What one run printed and returned. */
    record Run(int exit, String out, List<String> err) {
    }

    private static Run run(Path dir, Map<String, String> env, List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", System.getProperty("babelbake.jar")));
        command.addAll(Arrays.asList(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // would add a line to standard error
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ended");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    private static Run build(Path dir, Path out, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("build", "--source", site.root().toString(), "--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return run(dir, Map.of(), List.of(), args.toArray(String[]::new));
    }

    /** One line, {@code FILE: what; what to do}, where FILE is {@code path} or a file under it. */
    private static void assertOneLine(Run run, String path, String what) {
        assertEquals(1, run.exit(), "exit code");
        assertEquals(1, run.err().size(), "one line on standard error: " + run.err());
        String line = run.err().get(0);
        assertTrue(line.startsWith(path) && line.contains(": " + what), line);
        assertFalse(line.contains("Exception"), "no exception names: " + line);
    }

    @Test
    void anOutputFolderUnderARegularFileIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Run run = build(dir, file.resolve("site"));
        assertOneLine(run, file.toString(), "is a file where a folder is needed; move the file away or choose another output folder");
    }

    @Test
    void verbosePrintsTheStackTraceAsWell(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Run run = build(dir, file.resolve("site"), "--verbose");
        assertEquals(1, run.exit());
        assertTrue(run.err().stream().anyMatch(l -> l.startsWith("\tat org.babelbake.")), String.join("\n", run.err()));
        assertTrue(run.err().get(run.err().size() - 1).startsWith(file + ": is a file where a folder is needed"));
    }

    @Test
    void aFullDiskIsOneLineNamingTheFileBeingWritten(@TempDir Path dir) throws Exception {
        // /dev/full answers every write with ENOSPC, as a full disk does; the report file is a link to it.
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "needs Linux's /dev/full");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path json = Files.createSymbolicLink(reports.resolve("translation-status.json"), Path.of("/dev/full"));
        Run run = run(dir, Map.of(), List.of(), "status", "--source", site.root().toString(), "--out", reports.toString());
        assertOneLine(run, json.toString(), "the disk is full (No space left on device); free some space");
    }

    @Test
    void aFullFileSystemDuringTheBuildIsOneLineAndTheOldSiteStays(@TempDir Path dir) throws Exception {
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        mountOrSkip("size=200k", tiny);
        try {
            Path out = tiny.resolve("site");
            Files.createDirectories(out);
            Files.writeString(out.resolve("index.html"), "old site");
            Run run = build(dir, out);
            assertOneLine(run, tiny.toString(), "the disk is full (No space left on device); free some space");
            assertEquals("old site", Files.readString(out.resolve("index.html")), "the old site is left as it was");
        } finally {
            command("umount", tiny.toString());
        }
    }

    @Test
    void aReadOnlyFileSystemIsOneLineSayingWhatToDo(@TempDir Path dir) throws Exception {
        // chmod does not stop root; a read-only mount stops everyone.
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        mountOrSkip("ro,size=64k", readOnly);
        try {
            Run run = build(dir, readOnly.resolve("site"));
            assertOneLine(run, readOnly.toString(), "the file system is read-only; choose an output folder on a writable disk");
        } finally {
            command("umount", readOnly.toString());
        }
    }

    @Test
    void theConsoleIsUtf8AndFiguresArePlainUnderAnyLocale(@TempDir Path dir) throws Exception {
        // Under LANG=C, Java 17's platform charset is ASCII: a ’ would come out as ?. German would write 1,8 s.
        Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C");
        Run built = run(dir, c, List.of("-Duser.language=de", "-Duser.country=DE"),
                "build", "--source", site.root().toString(), "--out", dir.resolve("site").toString());
        assertEquals(0, built.exit(), String.join("\n", built.err()));
        assertTrue(built.out().matches("(?s)Built [0-9]+ pages in 2 locales \\(en, ar\\) in [0-9]+\\.[0-9] s: .*"), built.out());

        TestSite broken = TestSite.copyOfProject(dir.resolve("broken")).keepLocales("en");
        broken.replace("content/en/imnm/30-causes.md", "status=published", "status=published\nWhat’s this ملف");
        Run failed = run(dir, c, List.of(), "build", "--source", broken.root().toString());
        assertEquals(1, failed.exit());
        assertTrue(failed.err().contains("content/en/imnm/30-causes.md:3: header line \"What’s this ملف\" is not key=value; "
                + "write it as key=value or move it below ~~~~~~"), String.join("\n", failed.err()));
    }

    private static void mountOrSkip(String options, Path where) throws Exception {
        Assumptions.assumeTrue(command("mount", "-t", "tmpfs", "-o", options, "tmpfs", where.toString()) == 0,
                "needs permission to mount a tmpfs (root)");
    }

    private static int command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
