package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The same sources give the same bytes from separate {@code java -jar} processes, whatever the
 * machine: hash orders change per JVM, and default locale, charset, time zone and a CRLF
 * checkout change per machine, none of which two builds inside one JVM can see.
 */
class ReproducibleProcessesIT {
    /** One build process: its environment, JVM options and the project it builds. */
    private record Variation(String name, Map<String, String> env, List<String> jvmOptions, Path project) {
    }

    private static final Set<String> CRLF_TYPES = Set.of("md", "properties", "ftl", "css", "js", "svg");

    @Test
    void separateProcessesUnderAnyLocaleCharsetTimeZoneAndLineEndsWriteTheSameBytes(@TempDir Path dir) throws Exception {
        // With a base URL, the canonical links, hreflang alternates, sitemap and JSON-LD addresses are compared too.
        Path project = withBaseUrl(TestSite.copyOfProject(dir.resolve("project")));
        Path crlf = withBaseUrl(TestSite.copyOfProject(dir.resolve("crlf-checkout")));
        Map<String, Integer> converted = convertToCrlf(crlf);
        assertEquals(CRLF_TYPES, converted.keySet(), "the CRLF checkout has CRLF in every kind of text file: " + converted);

        List<Variation> variations = List.of(
                new Variation("baseline", Map.of("LANG", "C.UTF-8", "TZ", "UTC"), List.of(), project),
                new Variation("LC_ALL=C", Map.of("LC_ALL", "C", "LANG", "C", "TZ", "America/Los_Angeles"), List.of(), project),
                new Variation("Turkish", Map.of("LANG", "tr_TR.UTF-8", "TZ", "Europe/Istanbul"),
                        List.of("-Duser.language=tr", "-Duser.country=TR"), project),
                new Variation("ar-EG, ISO-8859-1", Map.of("LANG", "ar_EG.ISO-8859-1", "TZ", "Africa/Cairo"),
                        List.of("-Duser.language=ar", "-Duser.country=EG", "-Dfile.encoding=ISO-8859-1"), project),
                new Variation("TZ=Pacific/Kiritimati (UTC+14)", Map.of("LANG", "C.UTF-8", "TZ", "Pacific/Kiritimati"),
                        List.of(), project),
                new Variation("CRLF checkout", Map.of("LANG", "C.UTF-8", "TZ", "UTC"), List.of(), crlf));

        Map<String, Path> outputs = new TreeMap<>();
        for (Variation variation : variations) outputs.put(variation.name(), build(variation, dir));

        Path baseline = outputs.get("baseline");
        Map<String, String> expected = TestSite.fingerprint(baseline.resolve("site"));
        assertTrue(expected.keySet().stream().filter(f -> f.endsWith(".zip")).count() >= 2, "zips are compared: " + expected.keySet());
        // An EPUB's entries are dated by the build day at noon in the machine's zone: the same bytes in every zone.
        assertTrue(expected.keySet().stream().filter(f -> f.endsWith(".epub")).count() >= 2, "EPUBs are compared: " + expected.keySet());
        assertTrue(expected.containsKey("en/imnm/glossary.html"), "the glossary (with its JSON-LD) is compared");
        assertTrue(expected.containsKey("sitemap.xml"), "the sitemap is compared");
        List<String> differences = new ArrayList<>();
        for (Variation variation : variations) {
            Path out = outputs.get(variation.name());
            differences.addAll(differences(variation.name(), expected, TestSite.fingerprint(out.resolve("site")), baseline, out));
            for (String report : List.of("translation-status.json", "translation-status.html")) {
                byte[] want = Files.readAllBytes(baseline.resolve(report));
                if (!Arrays.equals(want, Files.readAllBytes(out.resolve(report)))) {
                    differences.add(variation.name() + ": " + report + firstDifference(baseline.resolve(report), out.resolve(report)));
                }
            }
        }
        if (!differences.isEmpty()) fail("output differs from the baseline process:\n" + String.join("\n", differences));
    }

    private static Path withBaseUrl(TestSite site) {
        site.replace("jbake.properties", "#site.baseUrl=", "site.baseUrl=https://charity.example/imnm/");
        return site.root();
    }

    /** Runs one build as its own process; its output folder holds {@code site/} and the status reports. */
    private static Path build(Variation variation, Path dir) throws Exception {
        Path out = dir.resolve("out-" + variation.name().replaceAll("[^A-Za-z0-9]+", "-"));
        Files.createDirectories(out);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // As `mvn package` runs it: on 2 cores a short build is faster with C1 only (no effect on the output).
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(variation.jvmOptions());
        command.addAll(List.of("-jar", System.getProperty("babelbake.jar"), "build",
                "--source", variation.project().toString(), "--out", out.resolve("site").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve("console.txt").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("SOURCE_DATE_EPOCH"));
        builder.environment().putAll(variation.env());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(variation.name() + ": the build did not end within 5 minutes");
        }
        assertEquals(0, process.exitValue(), variation.name() + ": the build failed:\n"
                + Files.readString(out.resolve("console.txt"), StandardCharsets.ISO_8859_1));
        return out;
    }

    private static List<String> differences(String name, Map<String, String> expected, Map<String, String> actual,
                                            Path baseline, Path out) {
        List<String> found = new ArrayList<>();
        Set<String> files = new TreeSet<>(expected.keySet());
        files.addAll(actual.keySet());
        for (String file : files) {
            if (!actual.containsKey(file)) found.add(name + ": " + file + " is missing");
            else if (!expected.containsKey(file)) found.add(name + ": " + file + " is extra");
            else if (!expected.get(file).equals(actual.get(file))) {
                found.add(name + ": site/" + file + firstDifference(baseline.resolve("site").resolve(file), out.resolve("site").resolve(file)));
            }
        }
        return found;
    }

    /** Where two files part, with a little of each side, to make a failure readable. */
    private static String firstDifference(Path a, Path b) {
        try {
            byte[] x = Files.readAllBytes(a);
            byte[] y = Files.readAllBytes(b);
            int i = Arrays.mismatch(x, y);
            if (a.toString().endsWith(".zip")) return " differs at byte " + i;
            return " differs at byte " + i + ": «" + excerpt(x, i) + "» vs «" + excerpt(y, i) + "»";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String excerpt(byte[] bytes, int at) {
        int from = Math.max(0, at - 40);
        int to = Math.min(bytes.length, at + 60);
        return new String(bytes, from, to - from, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n");
    }

    /** What {@code core.autocrlf=true} does on Windows: every LF of a text file becomes CRLF. Counts the files per type. */
    private static Map<String, Integer> convertToCrlf(Path project) throws IOException {
        Map<String, Integer> converted = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String type = name.substring(name.lastIndexOf('.') + 1);
                if (!CRLF_TYPES.contains(type)) continue;
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.contains("\n") || text.contains("\r")) continue;
                Files.writeString(file, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
                converted.merge(type, 1, Integer::sum);
            }
        }
        return converted;
    }
}
