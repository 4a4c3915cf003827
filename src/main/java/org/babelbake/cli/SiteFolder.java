package org.babelbake.cli;

import org.babelbake.problem.Problems;
import org.babelbake.site.SiteConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --source} option every command shares: the site project folder. */
final class SiteFolder {
    @Option(names = "--source", description = "The site project folder (default: current folder).", defaultValue = ".")
    Path path;

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
