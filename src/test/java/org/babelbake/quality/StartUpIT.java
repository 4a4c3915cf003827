package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the jar starts with: only the libraries a build loads (JBake's content store, OrientDB and its
 * native-access libraries are left out, Logback is replaced by slf4j-simple), and the class-data archive
 * that {@code mvn package} writes beside the jar, used by the documented command without a word.
 */
class StartUpIT {
    /** JBake's content store (OrientDB and what it brings), its JSON header parser and Logback: never loaded by a build. */
    private static final Pattern NEVER_LOADED = Pattern.compile(
            "(orientdb|jnr-|jffi|lz4-java|concurrentlinkedhashmap|hppc|asm-|commons-lang-2|javax\\.activation|json-simple"
                    + "|logback|jul-to-slf4j).*\\.jar");

    private static final Path JAR = Path.of(System.getProperty("babelbake.jar"));
    private static final Path ARCHIVE = Path.of(System.getProperty("babelbake.classDataArchive"));

    record Run(int exit, List<String> out, List<String> err) {
    }

    private static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // would add a line to standard error
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "finished: " + command);
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8), Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    private static List<String> manifestClassPath() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            return List.of(jar.getManifest().getMainAttributes().getValue("Class-Path").trim().split(" +"));
        }
    }

    @Test
    void theJarsClassPathHoldsNoContentStoreNativeAccessOrLogback() throws IOException {
        List<String> classPath = manifestClassPath();
        assertTrue(classPath.stream().anyMatch(entry -> entry.startsWith("lib/jbake-core-")), "JBake stays: " + classPath);
        assertTrue(classPath.stream().anyMatch(entry -> entry.startsWith("lib/slf4j-simple-")), "JBake's log has a binding: " + classPath);
        List<String> unused = classPath.stream().filter(entry -> NEVER_LOADED.matcher(entry.substring("lib/".length())).matches()).toList();
        assertEquals(List.of(), unused, "libraries no build loads");
        try (Stream<Path> lib = Files.list(JAR.resolveSibling("lib"))) {
            List<String> copied = lib.map(p -> "lib/" + p.getFileName()).sorted().toList();
            // Without mvn clean, target/lib may still hold jars of an earlier version; the jar does not name them.
            List<String> missing = classPath.stream().filter(entry -> !copied.contains(entry)).toList();
            assertEquals(List.of(), missing, "every jar of the class path is in target/lib");
        }
    }

    @Test
    void theDefaultSiteBuildsAsAProcessWithNothingOnStandardError(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOfProject(dir.resolve("project"));
        Run run = java(dir, "-jar", JAR.toString(), "build", "--source", site.root().toString(), "--out", site.out().toString());
        assertEquals(0, run.exit(), String.join("\n", run.err()));
        assertEquals(List.of(), run.err(), "no SLF4J notice, no log line");
        assertTrue(run.out().get(0).startsWith("Built 51 pages in 7 locales"), run.out().toString());
        assertTrue(Files.readString(site.out().resolve("ar/index.html")).contains("dir=\"rtl\""), "a real page was written");
    }

    /** The JVM options of the README's jar command, word for word (the archive's path made absolute). */
    private static List<String> readmeJvmOptions() throws IOException {
        Matcher command = Pattern.compile("`java (-XX:SharedArchiveFile=target/babelbake\\.jsa [^`]*?) -jar target/babelbake\\.jar build --source DIR --out DIR`")
                .matcher(Files.readString(Path.of(System.getProperty("babelbake.readme")), StandardCharsets.UTF_8));
        assertTrue(command.find(), "README.md gives the jar command");
        return Arrays.stream(command.group(1).split(" +")).map(option -> option.replace("target/babelbake.jsa", ARCHIVE.toString())).toList();
    }

    @Test
    void theBenchmarksStartBabelbakeWithTheReadmesOptions() throws IOException {
        // bench/run.sh, compare.sh and profile.py take them from there: a benchmark of other options measures another program.
        Path settings = Path.of(System.getProperty("babelbake.readme")).resolveSibling("bench/babelbake-jvm.sh");
        Matcher options = Pattern.compile("(?m)^BABELBAKE_JVM=\"([^\"]*)\"$").matcher(Files.readString(settings, StandardCharsets.UTF_8));
        assertTrue(options.find(), settings + " sets BABELBAKE_JVM");
        List<String> readme = readmeJvmOptions();
        assertEquals(readme.subList(1, readme.size()), List.of(options.group(1).trim().split(" +")),
                "the README's JVM options after the class-data archive, in bench/babelbake-jvm.sh");
    }

    @Test
    void theDocumentedCommandLoadsBabelbakeFromTheClassDataArchiveSilently(@TempDir Path dir) throws Exception {
        assertTrue(Files.isRegularFile(ARCHIVE), ARCHIVE + " is written by mvn package");
        Run run = java(dir, "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:class+load=info", "-jar", JAR.toString(), "--version");
        assertEquals(0, run.exit(), String.join("\n", run.err()));
        assertTrue(run.out().stream().anyMatch(line -> line.matches(".* org\\.babelbake\\.cli\\.BabelbakeCommand source: shared objects file")),
                "Babelbake's own classes come from the archive");
        // A static archive (not one written as a run ends, which Java 17 keeps old class files out of).
        assertTrue(run.out().stream().anyMatch(line -> line.matches(".* picocli\\.CommandLine\\$Help source: shared objects file")),
                "picocli's Java 5 class files come from the archive too");

        TestSite site = TestSite.copyOfProject(dir.resolve("project")).keepLocales("en", "ar");
        List<String> command = new ArrayList<>(readmeJvmOptions());
        command.addAll(List.of("-jar", JAR.toString(), "build", "--source", site.root().toString(), "--out", site.out().toString()));
        Run build = java(dir, command.toArray(String[]::new));
        assertEquals(0, build.exit(), String.join("\n", build.err()));
        assertEquals(List.of(), build.err());
        assertTrue(build.out().get(0).startsWith("Built "), "the JVM's own warnings, e.g. of an archive that does not fit, come first: " + build.out());
        assertTrue(build.out().stream().noneMatch(line -> line.contains("[warning]")), build.out().toString());
    }
}
