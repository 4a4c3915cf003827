package org.babelbake.cli;

import org.babelbake.testing.CommandRun;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the sub-command being run is set up; help, mistakes and options before the command still see them all. */
class CommandSetUpTest {
    private static final List<String> ALL = List.of("init", "build", "serve", "status", "add-locale", "stamp", "export", "import");

    private static List<String> commandsOf(String... args) {
        return List.copyOf(BabelbakeCommand.commandLine(args).getSubcommands().keySet());
    }

    @Test
    void aNamedCommandIsTheOnlyOneSetUp() {
        for (String name : ALL) assertEquals(List.of(name), commandsOf(name, "--help"), name);
    }

    @Test
    void helpAMisspeltCommandAndAnOptionFirstGetEveryCommandInHelpsOrder() {
        assertEquals(ALL, commandsOf());
        assertEquals(ALL, commandsOf("--help"));
        assertEquals(ALL, commandsOf("biuld"));
        assertEquals(ALL, commandsOf("--verbose", "build"));
        assertEquals(ALL, List.copyOf(BabelbakeCommand.commandLine().getSubcommands().keySet()));
    }

    @Test
    void aCommandSetUpAloneHasTheSameHelpAndInheritsVerbose() {
        for (String name : ALL) {
            CommandLine alone = BabelbakeCommand.commandLine(new String[] {name}).getSubcommands().get(name);
            CommandLine amongAll = BabelbakeCommand.commandLine().getSubcommands().get(name);
            assertEquals(amongAll.getUsageMessage(CommandLine.Help.Ansi.OFF), alone.getUsageMessage(CommandLine.Help.Ansi.OFF), name);
            assertTrue(alone.getCommandSpec().findOption("--verbose") != null, name + " accepts --verbose");
        }
    }

    @Test
    void aMisspeltCommandIsStillAUsageMistake() {
        CommandRun run = CommandRun.of("biuld");
        assertEquals(FailureReport.USAGE, run.exit());
        assertTrue(run.err().contains("biuld"), run.err());
    }
}
