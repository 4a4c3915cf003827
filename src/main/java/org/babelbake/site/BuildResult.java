package org.babelbake.site;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a successful build made.
 *
 * @param timings one line per build phase with its duration
 * @param notes   what the build left out and why (e.g. no sitemap without a base URL), one sentence each
 */
public record BuildResult(Path out, List<String> locales, int pages, Duration took, String timings, List<String> notes) {
    public BuildResult {
        locales = List.copyOf(locales);
        notes = List.copyOf(notes);
    }
}
