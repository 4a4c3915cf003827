package org.babelbake.site;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a successful build made. */
public record BuildResult(Path out, List<String> locales, int pages, Duration took) {
    public BuildResult {
        locales = List.copyOf(locales);
    }
}
