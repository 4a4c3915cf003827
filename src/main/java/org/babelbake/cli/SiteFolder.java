package org.babelbake.cli;

import org.babelbake.problem.Problems;
import org.babelbake.site.SiteConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --source} option every command shares: the site project folder. */
final class SiteFolder {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path path;

    @Option(names = "--source", description = "The site project folder (default: current folder).", defaultValue = ".")
    void path(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(command.commandLine(), "--source " + folder + ": is not a folder; "
                    + "give the site project's folder (the one with jbake.properties)");
        }
        path = folder;
    }

    /** The project's settings; a broken {@code jbake.properties} throws with its problems. */
    SiteConfig config() {
        Problems problems = new Problems();
        SiteConfig config = SiteConfig.load(path, problems);
        problems.throwIfAny();
        return config;
    }

    Path resolve(String other) {
        return path.resolve(other);
    }
}
