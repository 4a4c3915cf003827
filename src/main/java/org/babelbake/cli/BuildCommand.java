package org.babelbake.cli;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.site.BuildResult;
import org.babelbake.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code babelbake build}: builds the site, or lists every problem and leaves the old site as it was. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output folder (default target/site).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteFolder source;

    @Option(names = "--out", description = "The output folder (default: <source>/target/site).")
    Path out;

    @Option(names = "--timings", description = "Print how long each phase of the build took.")
    boolean timings;

    @Option(names = "--no-wait", description = "If another build (or serve) of this project is writing the output, "
            + "stop at once with an error instead of waiting for it.")
    boolean noWait;

    @Override
    public Integer call() {
        Path output = out != null ? out : source.resolve("target/site");
        try {
            BuildResult result = new SiteBuilder(source.path(), output, Version.current(),
                    noWait ? BusyOutput.refuse(source.path(), output) : BusyOutput.waitSaying(source.path()), System.err::println).build();
            System.out.printf(Locale.ROOT, "Built %d pages in %d locales (%s) in %.1f s: %s%n", result.pages(), result.locales().size(),
                    String.join(", ", result.locales()), result.took().toMillis() / 1000.0, result.out());
            result.notes().forEach(System.out::println);
            if (timings) System.out.print(result.timings());
            return 0;
        } catch (BuildFailedException e) {
            e.problems().forEach(System.err::println);
            System.err.printf(Locale.ROOT, "Build failed with %d problem%s; %s was left as it was.%n", e.problems().size(),
                    e.problems().size() == 1 ? "" : "s", output);
            return FailureReport.FAILED;
        }
    }
}
