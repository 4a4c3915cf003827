package org.babelbake.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code babelbake} command line: sub-commands only, no logic beyond parsing and exit codes. */
@Command(name = "babelbake", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a multilingual static site from Markdown, Freemarker templates and ICU message files.",
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, StatusCommand.class, AddLocaleCommand.class,
                StampCommand.class, ExportCommand.class, ImportCommand.class})
public final class BabelbakeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. build");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BabelbakeCommand()).execute(args));
    }
}
