package org.babelbake.cli;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.site.OutputLock;
import org.babelbake.source.SitePaths;

import java.nio.file.Path;

/** What {@code build} and {@code serve} do when another build of the project holds the output's lock. */
final class BusyOutput {
    private BusyOutput() {
    }

    /** Says so in one line, then waits. */
    static OutputLock.WhenBusy waitSaying(Path sourceRoot) {
        return lockFile -> System.out.println("Waiting for another build of this project to finish (lock: "
                + SitePaths.relativeName(sourceRoot, lockFile) + ")...");
    }

    /** Gives up at once with one problem line (for {@code --no-wait}). */
    static OutputLock.WhenBusy refuse(Path sourceRoot, Path output) {
        return lockFile -> {
            throw new BuildFailedException(Problem.inFile(SitePaths.relativeName(sourceRoot, lockFile),
                    "another build of this project is writing " + SitePaths.relativeName(sourceRoot, output)
                            + "; wait for it to finish, or build without --no-wait to wait for it"));
        };
    }
}
