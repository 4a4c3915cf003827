package org.babelbake.cli;

import org.babelbake.preview.PreviewServer;
import org.babelbake.problem.FileFailure;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The one line a failure prints. Disk errors a test cannot cause on every machine are stood in
 * for by the exceptions the JDK throws for them on Linux; the port in use is real.
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
    void aPortInUseSaysHowToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IOException failure = assertThrows(IOException.class, () -> new PreviewServer(Path.of("site"), taken.getLocalPort()));
            assertEquals("127.0.0.1: cannot listen on the port (Address already in use); choose another with --port, "
                    + "or --port 0 for any free one", FailureReport.describe(failure));
        }
    }

    @Test
    void aUsageMistakeIsOneLinePointingAtHelpWithExitCodeTwo() {
        assertEquals(List.of("Unknown option: '--frob'; see babelbake build --help"), usageErrors("build", "--frob"));
        assertEquals(List.of("--source /no/such/folder: is not a folder; give the site project's folder (the one with "
                + "jbake.properties); see babelbake stamp --help"), usageErrors("stamp", "--source", "/no/such/folder", "x.md"));
    }

    private static List<String> usageErrors(String... args) {
        CommandLine commandLine = BabelbakeCommand.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        assertEquals(FailureReport.USAGE, commandLine.execute(args));
        return err.toString().lines().toList();
    }

    @Test
    void anUnexpectedErrorAsksForVerboseOutput() {
        assertEquals("Babelbake failed unexpectedly (java.lang.IllegalStateException: odd); run again with --verbose "
                + "and report what it prints", FailureReport.describe(new IllegalStateException("odd")));
    }
}
