package org.babelbake.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hook for crash tests, not a feature: run with {@code -Dbabelbake.test.pauseAt=PHASE} and
 * {@code -Dbabelbake.test.pauseMarker=FILE}, a build creates FILE when it reaches PHASE and waits
 * there, so that a test kills it at a known point instead of after a guessed delay.
 */
final class PausePoint {
    private PausePoint() {
    }

    static void reached(String phase) {
        if (!phase.equals(System.getProperty("babelbake.test.pauseAt"))) return;
        try {
            Files.writeString(Path.of(System.getProperty("babelbake.test.pauseMarker")), phase);
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
