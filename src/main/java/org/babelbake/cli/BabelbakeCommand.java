package org.babelbake.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code babelbake} command line: sub-commands only, no logic beyond parsing and exit codes. */
@Command(name = "babelbake", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a multilingual static site from Markdown, Freemarker templates and ICU message files.",
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, StatusCommand.class, AddLocaleCommand.class,
                StampCommand.class, ExportCommand.class, ImportCommand.class})
public final class BabelbakeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read by {@link FailureReport} from the parse result; declared here so every command accepts it. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "When something fails, also print the stack trace (for bug reports).")
    boolean verbose;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. build");
    }

    public static void main(String[] args) {
        // Java 17 encodes the console in the platform charset (ASCII under LANG=C), which turns ’ or Arabic into ?.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@code main} runs it: UTF-8 help and errors, every failure as one line, exit code 1 (2 for a usage mistake). */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BabelbakeCommand());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(new FailureReport());
        commandLine.setParameterExceptionHandler(FailureReport::usage);
        return commandLine;
    }
}
