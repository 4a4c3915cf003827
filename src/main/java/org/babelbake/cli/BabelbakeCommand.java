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
import java.util.List;

/** The {@code babelbake} command line: sub-commands only, no logic beyond parsing and exit codes. */
@Command(name = "babelbake", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a multilingual static site from Markdown, Freemarker templates and ICU message files.")
public final class BabelbakeCommand implements Runnable {
    /** The sub-commands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, BuildCommand.class, ServeCommand.class, StatusCommand.class,
            AddLocaleCommand.class, StampCommand.class, ExportCommand.class, ImportCommand.class);

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
        System.exit(commandLine(args).execute(args));
    }

    /** The command line with every sub-command, as {@code babelbake --help} lists them. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line as {@code main} runs it for these arguments: UTF-8 help and errors, every
     * failure as one line, exit code 1 (2 for a usage mistake). When the first argument names a
     * sub-command, only that one is set up: picocli reads each command's options by reflection,
     * and doing so for all eight took about 40 ms of every run (picocli's class files are too old
     * for the class-data archive). Anything else (help, a misspelt command) gets them all.
     */
    public static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new BabelbakeCommand());
        List<Class<?>> named = COMMANDS.stream().filter(c -> args.length > 0 && nameOf(c).equals(args[0])).toList();
        (named.isEmpty() ? COMMANDS : named).forEach(commandLine::addSubcommand);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(new FailureReport());
        commandLine.setParameterExceptionHandler(FailureReport::usage);
        return commandLine;
    }

    /** A sub-command's name, read from its annotation without picocli's model of it. */
    static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
