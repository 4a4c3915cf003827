package org.babelbake.offline;

import org.babelbake.site.SiteBuilder;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReproducibleBuildTest {
    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdenticalZipsIncluded() {
        TestSite site = TestSite.copyOfProject(dir.resolve("project"));
        new SiteBuilder(site.root(), dir.resolve("first"), "test").build();
        new SiteBuilder(site.root(), dir.resolve("second"), "test").build();
        Map<String, String> first = TestSite.fingerprint(dir.resolve("first"));
        Map<String, String> second = TestSite.fingerprint(dir.resolve("second"));
        assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith(".zip")));
        assertEquals(first, second);
    }

    @Test
    void aCrlfCheckoutBuildsTheSameBytesAndBinaryAssetsAreCopiedAsTheyAre() throws Exception {
        // Bytes that a line-end conversion would change: a binary asset must come out exactly as it went in.
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, '\r', 'x', '\r', '\n'};
        TestSite lf = TestSite.copyOfProject(dir.resolve("lf")).keepLocales("en", "ar");
        TestSite crlf = TestSite.copyOfProject(dir.resolve("crlf")).keepLocales("en", "ar");
        Files.write(lf.root().resolve("assets/photo.png"), png);
        Files.write(crlf.root().resolve("assets/photo.png"), png);
        int converted = 0;
        try (Stream<Path> files = Files.walk(crlf.root())) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(md|properties|ftl|css|js|svg)")).toList()) {
                Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
                converted++;
            }
        }
        assertTrue(converted > 20, converted + " files converted");
        new SiteBuilder(lf.root(), dir.resolve("from-lf"), "test").build();
        new SiteBuilder(crlf.root(), dir.resolve("from-crlf"), "test").build();
        assertEquals(TestSite.fingerprint(dir.resolve("from-lf")), TestSite.fingerprint(dir.resolve("from-crlf")));
        assertArrayEquals(png, Files.readAllBytes(dir.resolve("from-crlf/assets/photo.png")));
        assertFalse(Files.readString(dir.resolve("from-crlf/assets/site.css")).contains("\r"));
        assertFalse(Files.readString(dir.resolve("from-crlf/en/index.html")).contains("\r"));
    }

    @Test
    void sourceDateEpochWinsOverContentDates() {
        BuildTime time = BuildTime.of(Map.of("SOURCE_DATE_EPOCH", "1700000000"), List.of(LocalDate.of(2023, 2, 1)));
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), time.instant());
    }

    @Test
    void withoutSourceDateEpochTheNewestContentDateIsUsed() {
        BuildTime time = BuildTime.of(Map.of(), List.of(LocalDate.of(2023, 2, 1), LocalDate.of(2026, 11, 24), LocalDate.of(2024, 1, 1)));
        assertEquals(LocalDate.of(2026, 11, 24), time.date());
    }
}
