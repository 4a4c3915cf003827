package org.babelbake.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Ties an I/O error to the file it happened on. A full disk surfaces as a bare
 * {@code IOException: No space left on device}; the command line can only say which file and
 * what to do when the error carries the path, as a {@link FileSystemException} does.
 */
public final class FileFailure {
    private FileFailure() {
    }

    /** The error, unchecked, as a {@link FileSystemException} that names {@code file} unless it names one already. */
    public static UncheckedIOException of(Path file, IOException e) {
        if (e instanceof FileSystemException named && named.getFile() != null) return new UncheckedIOException(e);
        FileSystemException withPath = new FileSystemException(file.toString(), null, e.getMessage());
        withPath.initCause(e);
        return new UncheckedIOException(withPath);
    }
}
