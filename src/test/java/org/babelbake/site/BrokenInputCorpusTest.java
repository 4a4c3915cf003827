package org.babelbake.site;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the corpus of broken inputs in {@code src/test/resources/broken/}: each case breaks a
 * copy of the real site (files to overlay, a text to replace, or a setup the file system needs),
 * and names the problem the build must report. Every case must fail the build with that
 * {@code file:line: message}, say what to do, and leave the previous site byte-identical.
 */
class BrokenInputCorpusTest {
    /** A verb telling the reader what to do, as a whole word: "use" in "because" or "add" in "address" is no advice. */
    private static final Pattern ADVICE = Pattern.compile("\\b(write|add|use|remove|rename|link|move|fix|save|copy|split"
            + "|keep|restore|check|give|delete|merge)\\b", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path dir;
    /** Beside the project, for files that must be outside it (and still cleaned up). */
    @TempDir
    Path outsideProject;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(corpus())) {
            return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenInputFailsWithFileLineAndAdviceAndLeavesTheSiteAsItWas(String name) throws Exception {
        Properties expect = expectations(name);
        TestSite site = TestSite.copyOfProject(dir).keepLocales(expect.getProperty("locales", "en").split(","));
        site.build();
        Map<String, String> before = TestSite.fingerprint(site.out());
        breakSite(name, expect, site);

        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);

        assertEquals(before, TestSite.fingerprint(site.out()), "the previous site is left as it was");
        String file = expect.getProperty("file");
        int line = line(expect.getProperty("line"), site.root().resolve(file));
        String message = expect.getProperty("message");
        assertTrue(failure.problems().stream().anyMatch(p -> p.file().equals(file) && p.line() == line
                        && p.message().contains(message)),
                "expected " + file + ":" + line + ": ..." + message + "... but got\n" + failure.getMessage());
        for (Problem problem : failure.problems()) {
            assertTrue(ADVICE.matcher(problem.message()).find(), "says what to do: " + problem);
        }
    }

    @Test
    void problemsInDifferentFilesAreReportedTogether() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        breakSite("bad-date", expectations("bad-date"), site);
        breakSite("unknown-type", expectations("unknown-type"), site);
        breakSite("broken-messageformat", expectations("broken-messageformat"), site);
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        assertEquals(List.of("content/en/imnm/40-progression.md", "content/en/imnm/index.md", "translations/en.properties"),
                failure.problems().stream().map(Problem::file).distinct().sorted().toList(), failure.getMessage());
    }

    private void breakSite(String name, Properties expect, TestSite site) throws Exception {
        Path files = corpus().resolve(name).resolve("files");
        if (Files.isDirectory(files)) {
            try (Stream<Path> walk = Files.walk(files)) {
                for (Path source : walk.filter(Files::isRegularFile).toList()) {
                    Path target = site.root().resolve(files.relativize(source).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (expect.containsKey("replace.file")) {
            site.replace(expect.getProperty("replace.file"), expect.getProperty("replace.from"), expect.getProperty("replace.to"));
        }
        if (expect.containsKey("setup")) {
            String[] setup = expect.getProperty("setup").split(":", 2);
            Path target = site.root().resolve(setup[1]);
            switch (setup[0]) {
                case "invalid-utf8" -> {
                    byte[] bytes = Files.readAllBytes(target);
                    byte[] broken = new byte[bytes.length + 2];
                    System.arraycopy(bytes, 0, broken, 0, bytes.length);
                    broken[bytes.length] = (byte) 0xC3; // a lead byte without its continuation
                    broken[bytes.length + 1] = (byte) 0x28;
                    Files.write(target, broken);
                }
                case "symlink-out" -> {
                    Path outside = outsideProject.resolve("outside-secret.txt");
                    Files.writeString(outside, "secret");
                    Files.createSymbolicLink(target, outside);
                }
                case "huge" -> {
                    String header = "type=section\nstatus=published\ntitle=Huge\n~~~~~~\n";
                    Files.writeString(target, header + "word ".repeat(600_000));
                }
                default -> throw new IllegalArgumentException("unknown setup " + setup[0]);
            }
        }
    }

    /** A line number, or {@code @text}: the line where text first appears in the (broken) file. */
    private static int line(String spec, Path file) throws IOException {
        if (!spec.startsWith("@")) return Integer.parseInt(spec);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(spec.substring(1))) return i + 1;
        throw new AssertionError(spec + " not found in " + file);
    }

    private static Properties expectations(String name) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(corpus().resolve(name).resolve("expect.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(BrokenInputCorpusTest.class.getResource("/broken").toURI());
    }
}
