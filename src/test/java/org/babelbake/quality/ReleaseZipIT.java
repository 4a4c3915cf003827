package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release zip as a user gets it: unzipped with unzip(1), run as separate processes with
 * nothing but {@code PATH=/usr/bin:/bin} (Debian's /usr/bin/java), from folders of its own.
 */
class ReleaseZipIT {
    /** artifact-version[-classifier or qualifier].jar, as the assembly names the libraries. */
    private static final Pattern LIBRARY = Pattern.compile("(.+?)-(\\d[^-]*)(?:-[A-Za-z][A-Za-z0-9.]*)?\\.jar");

    @TempDir
    static Path dir;
    static Path release;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void unzip() throws Exception {
        Path zip = Path.of(System.getProperty("babelbake.releaseZip"));
        assertTrue(Files.isRegularFile(zip), zip + " is built by mvn package");
        Path into = dir.resolve("unzipped");
        Files.createDirectories(into);
        Run unzip = run(into, List.of("unzip", "-q", zip.toString()), "/usr/bin:/bin");
        assertEquals(0, unzip.exit(), unzip.err());
        try (Stream<Path> top = Files.list(into)) {
            List<Path> folders = top.toList();
            assertEquals(1, folders.size(), "one folder: " + folders);
            release = folders.get(0);
        }
        assertTrue(Files.isExecutable(Path.of("/usr/bin/java")), "these tests need java on PATH=/usr/bin:/bin (Debian's /usr/bin/java)");
    }

    /** Runs a command under {@code env -i PATH=...}: no JAVA_HOME, no HOME, no locale settings. */
    static Run run(Path cwd, List<String> command, String path) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("/usr/bin/env", "-i", "PATH=" + path));
        full.addAll(command);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(full).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "finished: " + command);
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String command() {
        return release.resolve("bin/babelbake").toString();
    }

    @Test
    void zipUnpacksIntoOneVersionedFolderWithTheCommandsLibrariesAndNotices() throws IOException {
        String version = release.getFileName().toString().substring("babelbake-".length());
        assertTrue(release.getFileName().toString().startsWith("babelbake-") && !version.isEmpty(), release.toString());
        for (String file : List.of("bin/babelbake", "bin/babelbake.bat", "lib/babelbake.jar", "README", "LICENSE", "NOTICE")) {
            assertTrue(Files.isRegularFile(release.resolve(file)), file);
        }
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(release.resolve("bin/babelbake"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(release.resolve("lib/babelbake.jar"))));
        assertTrue(Files.readString(release.resolve("bin/babelbake.bat")).contains("\r\n"), "CRLF for cmd.exe");
        assertTrue(Files.readString(release.resolve("README")).contains("Babelbake " + version));

        // Every bundled library is in NOTICE with its version and licence.
        String notice = Files.readString(release.resolve("NOTICE"));
        List<String> libraries;
        try (Stream<Path> lib = Files.list(release.resolve("lib"))) {
            libraries = lib.map(p -> p.getFileName().toString()).filter(n -> !n.equals("babelbake.jar")).sorted().toList();
        }
        assertTrue(libraries.size() > 50, libraries.toString());
        for (String jar : libraries) {
            Matcher m = LIBRARY.matcher(jar);
            assertTrue(m.matches(), jar);
            Matcher line = Pattern.compile("(?m)^\\s+\\((.+)\\) .*\\([^:()]+:" + Pattern.quote(m.group(1)) + ":"
                    + Pattern.quote(m.group(2)) + "(-\\S+)? - ").matcher(notice);
            assertTrue(line.find(), jar + " is listed in NOTICE with its licence");
        }
    }

    @Test
    void versionRunsFromAnyFolderWithOnlyPathSet() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Run version = run(elsewhere, List.of(command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, version.exit(), version.err());
        String expected = "Babelbake " + release.getFileName().toString().substring("babelbake-".length());
        assertEquals(expected, version.out().strip());
    }

    @Test
    void commandStartsJavaWithC1OnlyUnlessBabelbakeOptsSaysOtherwise() throws Exception {
        Run plain = run(dir, List.of("BABELBAKE_OPTS=-XX:+PrintFlagsFinal", command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals("1", flag(plain, "intx", "TieredStopAtLevel"), "a short build: C2 compiling would cost more than it saves");
        assertEquals("1", flag(plain, "intx", "CICompilerCount"), "on a few cores a second compiler thread takes the CPU from the build");

        // Java refuses one compiler thread for C1 and C2 together: the launcher must leave the count to Java.
        Run c2 = run(dir, List.of("BABELBAKE_OPTS=-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal", command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, c2.exit(), c2.err());
        assertEquals("4", flag(c2, "intx", "TieredStopAtLevel"), "BABELBAKE_OPTS comes last");
        assertTrue(Integer.parseInt(flag(c2, "intx", "CICompilerCount")) >= 2, c2.out());

        Run counted = run(dir, List.of("BABELBAKE_OPTS=-XX:CICompilerCount=2 -XX:+PrintFlagsFinal", command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, counted.exit(), counted.err());
        assertEquals("2", flag(counted, "intx", "CICompilerCount"));
    }

    @Test
    void commandStartsTheHeapSmallUnlessItsSizeIsChosenElsewhere() throws Exception {
        Run plain = run(dir, List.of("BABELBAKE_OPTS=-XX:+PrintFlagsFinal", command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(String.valueOf(64 << 20), flag(plain, "size_t", "InitialHeapSize"), "a build's young generation need not fault in 1/64 of the memory");

        // Java refuses to start with an initial heap above the maximum: a smaller -Xmx must win.
        Run small = run(dir, List.of("BABELBAKE_OPTS=-Xmx32m -XX:+PrintFlagsFinal", command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, small.exit(), small.err());
        assertEquals(String.valueOf(32 << 20), flag(small, "size_t", "MaxHeapSize"));

        // Java reads JAVA_TOOL_OPTIONS before the command line: a cap set there must win too.
        Run capped = run(dir, List.of("JAVA_TOOL_OPTIONS=-Xmx32m", "BABELBAKE_OPTS=-XX:+PrintFlagsFinal", command(), "--version"),
                "/usr/bin:/bin");
        assertEquals(0, capped.exit(), capped.err());
        assertEquals(String.valueOf(32 << 20), flag(capped, "size_t", "MaxHeapSize"));

        Run chosen = run(dir, List.of("BABELBAKE_OPTS=-Xms128m -XX:+PrintFlagsFinal", command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, chosen.exit(), chosen.err());
        assertEquals(String.valueOf(128 << 20), flag(chosen, "size_t", "InitialHeapSize"));
    }

    @Test
    void commandPutsTheHeapOnTransparentHugePagesWhereTheKernelOffersThemUnlessBabelbakeOptsSaysOtherwise() throws Exception {
        Path modes = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        // "always [madvise] never": Java uses them unless the kernel's choice is "never" (or it has none).
        String kernel = Files.isReadable(modes) ? Files.readString(modes).strip() : "none";
        boolean offered = Files.isReadable(modes) && !kernel.contains("[never]");
        Run plain = run(dir, List.of("BABELBAKE_OPTS=-XX:+PrintFlagsFinal", command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(String.valueOf(offered), flag(plain, "bool", "UseTransparentHugePages"), "kernel: " + kernel);
        // Where the kernel has none, Java's warning about it is silenced: nothing but the output.
        assertTrue(plain.out().lines().noneMatch(line -> line.contains("[warning]")), plain.out());

        Run off = run(dir, List.of("BABELBAKE_OPTS=-XX:-UseTransparentHugePages -XX:+PrintFlagsFinal", command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, off.exit(), off.err());
        assertEquals("false", flag(off, "bool", "UseTransparentHugePages"));
    }

    /**
     * A JVM flag's value as {@code -XX:+PrintFlagsFinal} printed it: digits for {@code intx} and
     * {@code size_t} flags (sizes in bytes), {@code true} or {@code false} for {@code bool} ones.
     */
    private static String flag(Run run, String type, String name) {
        String values = type.equals("bool") ? "true|false" : "\\d+";
        Matcher value = Pattern.compile("(?m)^\\s*" + type + " " + name + "\\s+= (" + values + ")").matcher(run.out());
        assertTrue(value.find(), name + " not printed: " + run.err());
        return value.group(1);
    }

    @Test
    void commandLinkedIntoAnotherFolderOnPathFindsItsLibraries() throws Exception {
        Path links = Files.createDirectories(dir.resolve("links/bin"));
        Files.createSymbolicLink(links.resolve("babelbake"), Path.of("../../unzipped").resolve(release.getFileName()).resolve("bin/babelbake"));
        Path chain = Files.createDirectories(dir.resolve("chain"));
        Files.createSymbolicLink(chain.resolve("babelbake"), links.resolve("babelbake"));
        Run version = run(dir, List.of("babelbake", "--version"), chain + ":/usr/bin:/bin");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("Babelbake "), version.out());
    }

    @Test
    void initAndBuildAsSeparateProcessesMakeAWorkingSiteThatOverridesOneTemplate() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Run init = run(work, List.of(command(), "init", "my-site", "--name", "Test Charity"), "/usr/bin:/bin");
        assertEquals(0, init.exit(), init.err());
        Path site = work.resolve("my-site");
        assertTrue(Files.isRegularFile(site.resolve(".github/workflows/publish.yml")));

        Run build = run(site, List.of(command(), "build"), "/usr/bin:/bin");
        assertEquals(0, build.exit(), build.out() + build.err());
        Path out = site.resolve("target/site");
        Document chooser = TestSite.parse(out.resolve("index.html"));
        assertNotNull(chooser.selectFirst("a[href=en/index.html]"), chooser.html());
        Document home = TestSite.parse(out.resolve("en/index.html"));
        assertTrue(home.title().contains("Test Charity"), home.title());
        assertNotNull(home.selectFirst("a[href=getting-started/index.html]"), "the home lists the example article");
        assertLinksResolve(out);

        // One template of its own: that page changes, the built-in theme gives the rest.
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/404.ftl"), """
                <#import "layout.ftl" as layout>
                <@layout.document title="Lost">
                <h1 id="own">Our own page for lost readers</h1>
                <p><a href="${chooserHref}">Start again</a></p>
                </@layout.document>
                """, StandardCharsets.UTF_8);
        Run rebuild = run(site, List.of(command(), "build"), "/usr/bin:/bin");
        assertEquals(0, rebuild.exit(), rebuild.out() + rebuild.err());
        assertEquals("Our own page for lost readers", TestSite.parse(out.resolve("404.html")).getElementById("own").text());
        assertNotNull(TestSite.parse(out.resolve("en/getting-started/index.html")).selectFirst("link[href=../../assets/site.css]"));
        assertLinksResolve(out);

        Run again = run(work, List.of(command(), "init", "my-site"), "/usr/bin:/bin");
        assertNotEquals(0, again.exit());
        assertTrue(again.err().contains("my-site: is not empty"), again.err());
        assertEquals("", again.out());
    }

    @Test
    void firstBuildWritesAClassDataArchiveToTheUsersCacheThatLaterCommandsLoadSilently() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        TestSite site = TestSite.copyOfProject(dir.resolve("archived")).keepLocales("en", "ar");
        List<String> build = List.of("HOME=" + home, command(), "build", "--source", site.root().toString(), "--out", site.out().toString());
        Run first = run(dir, build, "/usr/bin:/bin");
        assertEquals(0, first.exit(), first.err());
        assertEquals("", first.err());
        assertTrue(first.out().startsWith("Built "), first.out());
        List<Path> archives = filesIn(home.resolve(".cache/babelbake"));
        assertEquals(1, archives.size(), "one complete archive, no partial one: " + archives);
        assertTrue(archives.get(0).getFileName().toString().matches("classes-\\d+\\.jsa"), archives.toString());

        Run later = run(dir, List.of("HOME=" + home, "BABELBAKE_OPTS=-Xlog:class+load=info", command(), "--version"), "/usr/bin:/bin");
        assertEquals(0, later.exit(), later.err());
        assertTrue(later.out().lines().anyMatch(line -> line.matches(".* org\\.babelbake\\.cli\\.BabelbakeCommand source: shared objects file \\(top\\)")),
                "Babelbake's own classes come from the archive");

        // An archive this Java cannot use is skipped without a word: one made for another class path
        // (the JVM warns of it unless told not to), and a damaged one.
        Files.copy(Path.of(System.getProperty("babelbake.classDataArchive")), archives.get(0), StandardCopyOption.REPLACE_EXISTING);
        assertBuildsSilently(build);
        Files.write(archives.get(0), new byte[64 * 1024]);
        assertBuildsSilently(build);
    }

    private static void assertBuildsSilently(List<String> build) throws Exception {
        Run run = run(dir, build, "/usr/bin:/bin");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Built "), "nothing from the JVM before the summary: " + run.out());
    }

    @Test
    void aFailedFirstBuildACiMachineOrACacheThatCannotBeMadeLeavesNoArchive() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home-failed"));
        Run failed = run(dir, List.of("HOME=" + home, command(), "build", "--source", dir.resolve("no-such-site").toString()), "/usr/bin:/bin");
        assertEquals(2, failed.exit(), failed.out() + failed.err());
        assertTrue(failed.err().contains("is not a folder"), failed.err());
        assertEquals(List.of(), filesIn(home.resolve(".cache/babelbake")));

        // A CI machine builds once: writing the archive would only cost it time.
        TestSite site = TestSite.copyOfProject(dir.resolve("uncached")).keepLocales("en");
        List<String> build = List.of(command(), "build", "--source", site.root().toString(), "--out", site.out().toString());
        Run onCi = run(dir, Stream.concat(Stream.of("HOME=" + home, "CI=true"), build.stream()).toList(), "/usr/bin:/bin");
        assertEquals(0, onCi.exit(), onCi.err());
        assertEquals(List.of(), filesIn(home.resolve(".cache/babelbake")));

        Path notAFolder = Files.writeString(dir.resolve("home-is-a-file"), "");
        Run built = run(dir, Stream.concat(Stream.of("HOME=" + notAFolder), build.stream()).toList(), "/usr/bin:/bin");
        assertEquals(0, built.exit(), built.err());
        assertEquals("", built.err());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** Every relative link, stylesheet, script and image of every page points at a file of the site. */
    private static void assertLinksResolve(Path site) {
        List<String> broken = new ArrayList<>();
        for (Path page : TestSite.htmlPages(site)) {
            for (Element e : TestSite.parse(page).select("a[href], link[href], script[src], img[src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (target.isEmpty() || target.startsWith("#") || target.matches("^[a-z]+:.*")) continue;
                String file = target.replaceAll("[#?].*$", "");
                if (!Files.isRegularFile(page.getParent().resolve(file).normalize())) broken.add(site.relativize(page) + " -> " + target);
            }
        }
        assertEquals(List.of(), broken);
        assertFalse(TestSite.htmlPages(site).isEmpty());
    }
}
