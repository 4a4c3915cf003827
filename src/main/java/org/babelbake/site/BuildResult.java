package org.babelbake.site;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a successful build made. */
/**
 * @param timings one line per build phase with its duration
 */
public record BuildResult(Path out, List<String> locales, int pages, Duration took, String timings) {
    public BuildResult {
        locales = List.copyOf(locales);
    }
}
