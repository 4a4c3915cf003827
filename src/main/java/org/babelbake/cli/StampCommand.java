package org.babelbake.cli;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problems;
import org.babelbake.site.SiteConfig;
import org.babelbake.translation.SourceStamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code babelbake stamp FILE...}: marks translations as made from the current source. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Set translation.source in translated files to the current source hash, once the "
                + "translation is up to date; clears their 'outdated' state.")
final class StampCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Translated content files, e.g. content/es/imnm/20-symptoms.md.")
    List<Path> files;

    @Option(names = "--source", description = "The site project folder (default: current folder).", defaultValue = ".")
    Path source;

    @Override
    public Integer call() {
        try {
            Problems problems = new Problems();
            SiteConfig config = SiteConfig.load(source, problems);
            problems.throwIfAny();
            for (Path file : files) {
                Path resolved = file.isAbsolute() ? file : source.resolve(file);
                System.out.println(file + ": translation.source=" + SourceStamp.stamp(source.toAbsolutePath(), resolved.toAbsolutePath(), config.sourceLocale()));
            }
            return 0;
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems());
            return ProblemPrinter.FAILED;
        }
    }
}
