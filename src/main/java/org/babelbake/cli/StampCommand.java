package org.babelbake.cli;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.site.SiteProject;
import org.babelbake.translation.SourceStamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code babelbake stamp FILE...}: marks translations as made from the current source. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Set translation.source in translated files to the current version of their source file, once "
                + "the translation is up to date; clears their 'outdated' or 'not yet stamped' state. "
                + "--upgrade rewrites, once, the body-only stamps of older Babelbake versions.")
final class StampCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Translated content files, e.g. content/es/imnm/20-symptoms.md: relative to the current folder, "
                    + "or to --source when it is given.")
    List<Path> files = List.of();

    @Option(names = "--upgrade", description = "Rewrite every stamp that is the old body-only hash of the current "
            + "source to its version (those translations were made from the current text).")
    boolean upgrade;

    @Mixin
    SiteFolder source;

    @Override
    public Integer call() {
        Path root = source.path().toAbsolutePath().normalize();
        if (upgrade) {
            Problems problems = new Problems();
            SiteProject project = SiteProject.load(root, problems);
            problems.throwIfAny();
            List<String> upgraded = SourceStamp.upgrade(root, project.tree(), project.source().tag(),
                    project.translationFiles().keySet());
            upgraded.forEach(name -> System.out.println(name + ": stamp upgraded"));
            System.out.println(upgraded.size() + " stamp" + (upgraded.size() == 1 ? "" : "s") + " upgraded.");
        } else if (files.isEmpty()) {
            throw new BuildFailedException(Problem.inFile("stamp", "name the translated files to stamp, or give --upgrade"));
        }
        String sourceLocale = source.config().sourceLocale();
        for (Path file : files) {
            Path located = (source.given != null ? root : Path.of("").toAbsolutePath()).resolve(file).normalize();
            System.out.println(file + ": translation.source=" + SourceStamp.stamp(root, located, sourceLocale));
        }
        return 0;
    }
}
