package org.babelbake.cli;

import org.babelbake.problem.Problems;
import org.babelbake.site.SiteConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --source} option every command shares: the site project folder. Without it, the
 * nearest folder from the current one upwards that has {@code jbake.properties}, the way git
 * finds {@code .git}, so commands work from any folder inside a project.
 */
final class SiteFolder {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path given;

    @Option(names = "--source", description = "The site project folder (default: the current folder or the nearest "
            + "one above it with jbake.properties).")
    void given(Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(command.commandLine(), "--source " + folder + ": is not a folder; "
                    + "give the site project's folder (the one with jbake.properties)");
        }
        given = folder;
    }

    /** The project folder. */
    Path path() {
        if (given != null) return given;
        Path here = Path.of("").toAbsolutePath();
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(SiteConfig.FILE))) return folder;
        }
        return here;
    }

    /** The project's settings; a broken {@code jbake.properties} throws with its problems. */
    SiteConfig config() {
        Problems problems = new Problems();
        SiteConfig config = SiteConfig.load(path(), problems);
        problems.throwIfAny();
        return config;
    }

    Path resolve(String other) {
        return path().resolve(other);
    }
}
