package org.babelbake.cli;

import org.babelbake.init.NewSite;
import org.babelbake.init.SiteStarter;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code babelbake init DIR}: a new site project, ready to build and publish. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new site project in DIR (new or empty): settings, an example article, "
                + "the UI strings file, a README and publish workflows for GitHub Pages and GitLab Pages.")
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder to create the site in; it must be new or empty.")
    Path folder;

    @Option(names = "--name", paramLabel = "NAME", description = "The site's name as readers see it (default: the folder's name).")
    String name;

    @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en",
            description = "The language the content is written in, a BCP 47 tag (default: ${DEFAULT-VALUE}).")
    String locale;

    @Override
    public Integer call() {
        Path target = folder.toAbsolutePath().normalize();
        NewSite site;
        try {
            String given = name != null ? name : String.valueOf(target.getFileName());
            site = new NewSite(given, locale);
        } catch (IllegalArgumentException e) {
            throw new BuildFailedException(Problem.inFile(folder.toString(), e.getMessage()));
        }
        SiteStarter.Created created = new SiteStarter(Version.current(), LocalDate.now(Clock.systemUTC()))
                .create(target, site);
        System.out.println("Created the site \"" + site.name() + "\" in " + target + " (" + created.files().size() + " files).");
        created.stringsCopiedFrom().ifPresent(from -> System.out.println("Babelbake has no built-in UI strings for "
                + site.locale() + ": translations/" + site.locale() + ".properties holds the " + from
                + " ones as a starting point; translate them."));
        System.out.println("Next: cd " + folder + " && babelbake build   (then open target/site/index.html; see README.md)");
        return 0;
    }
}
