package org.babelbake.offline;

import org.babelbake.site.SiteBuilder;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
