package org.babelbake.cli;

import org.babelbake.problem.FileFailure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one line a failure prints, for errors a test cannot cause for real on every machine: the
 * exceptions stand in for the file system, as the JDK throws them on Linux.
 */
class FailureReportTest {
    @Test
    void aBareDiskFullErrorIsReportedAtTheFileBeingWritten() {
        IOException bare = new IOException("No space left on device"); // what FileOutputStream.write throws
        assertEquals("/srv/site/en/index.html: the disk is full (No space left on device); free some space or choose an "
                        + "output folder on another disk, then run again",
                FailureReport.describe(FileFailure.of(Path.of("/srv/site/en/index.html"), bare)));
    }

    @Test
    void aFailedCopyNamesTheFileItWasWriting() {
        FileSystemException copy = new FileSystemException("/project/assets/site.css", "/srv/site/assets/site.css",
                "No space left on device");
        assertEquals("/srv/site/assets/site.css: the disk is full (No space left on device); free some space or choose an "
                + "output folder on another disk, then run again", FailureReport.describe(new UncheckedIOException(copy)));
    }

    @Test
    void aPermissionErrorSaysWhatToDo() {
        assertEquals("/srv/site: permission denied; give this user access to it, or choose another folder",
                FailureReport.describe(new UncheckedIOException(new AccessDeniedException("/srv/site"))));
    }

    @Test
    void anUnexpectedErrorAsksForVerboseOutput() {
        assertEquals("Babelbake failed unexpectedly (java.lang.IllegalStateException: odd); run again with --verbose "
                + "and report what it prints", FailureReport.describe(new IllegalStateException("odd")));
    }
}
