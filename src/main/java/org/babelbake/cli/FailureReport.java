package org.babelbake.cli;

import org.babelbake.problem.BuildFailedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * What any command prints when it fails: each problem of a failed build on its own line, or one
 * line naming the file and what to do about an I/O error; never a stack trace unless
 * {@code --verbose} asks for it. The exit code is {@link #FAILED}.
 */
final class FailureReport implements IExecutionExceptionHandler {
    static final int FAILED = 1;
    /** picocli's code for a usage mistake, kept apart from failures. */
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (verbose(parsed)) failure.printStackTrace(err);
        if (failure instanceof BuildFailedException build) {
            build.problems().forEach(err::println);
        } else {
            err.println(describe(failure));
        }
        err.flush();
        return FAILED;
    }

    /** A mistake on the command line: one line saying where to look, instead of the whole usage text. */
    static int usage(ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        command.getErr().println(mistake.getMessage() + "; see " + command.getCommandSpec().qualifiedName() + " --help");
        command.getErr().flush();
        return USAGE;
    }

    /** One line: the file and what went wrong with it, then what to do. */
    static String describe(Throwable failure) {
        FileSystemException onFile = cause(failure, FileSystemException.class);
        if (onFile != null && onFile.getFile() != null) return describe(onFile);
        BindException port = cause(failure, BindException.class);
        if (port != null) {
            return "127.0.0.1: cannot listen on the port (" + port.getMessage() + "); choose another with --port, "
                    + "or --port 0 for any free one";
        }
        IOException io = cause(failure, IOException.class);
        if (io != null) {
            return "input or output failed (" + io.getMessage() + "); check the disk and the folders' permissions, "
                    + "or run again with --verbose to see where";
        }
        return "Babelbake failed unexpectedly (" + failure + "); run again with --verbose and report what it prints";
    }

    private static String describe(FileSystemException e) {
        // A copy or move names its source first; the other file, being written, is the one to report.
        String file = e.getOtherFile() != null ? e.getOtherFile() : e.getFile();
        String reason = e.getReason() == null ? "" : e.getReason();
        if (e instanceof NoSuchFileException) return file + ": does not exist; check the path";
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied; give this user access to it, or choose another folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return Files.isDirectory(Path.of(file)) ? file + ": already exists; move it away or choose another folder"
                    : file + ": is a file where a folder is needed; move the file away or choose another output folder (--out)";
        }
        if (e instanceof NotDirectoryException || reason.contains("Not a directory")) {
            return file + ": part of this path is a file where a folder is needed; choose another output folder (--out)";
        }
        if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
            return file + ": the disk is full (" + reason + "); free some space or choose an output folder on another disk, "
                    + "then run again";
        }
        if (reason.contains("Read-only file system")) {
            return file + ": the file system is read-only; choose an output folder on a writable disk (--out)";
        }
        return file + ": " + (reason.isEmpty() ? e.getClass().getSimpleName() : reason)
                + "; check the path and its permissions, or run again with --verbose";
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
