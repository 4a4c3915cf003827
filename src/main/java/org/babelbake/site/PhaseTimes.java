package org.babelbake.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How long each phase of a build took, for {@code build --timings} and the benchmark. */
final class PhaseTimes {
    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the current phase under {@code name} and starts the next. */
    void end(String name) {
        long now = System.nanoTime();
        phases.merge(name, Duration.ofNanos(now - mark), Duration::plus);
        mark = now;
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        phases.forEach((name, took) -> out.append(String.format(Locale.ROOT, "  %-28s %7d ms%n", name, took.toMillis())));
        return out.toString();
    }
}
