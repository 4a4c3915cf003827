package org.babelbake.cli;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problems;
import org.babelbake.site.SiteConfig;
import org.babelbake.translation.LocaleScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code babelbake add-locale TAG}: starts a new language with its UI strings file. */
@Command(name = "add-locale", mixinStandardHelpOptions = true,
        description = "Create translations/TAG.properties with every UI string to translate; the next build "
                + "has the new language, shown in the source language until translated.")
final class AddLocaleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TAG", description = "BCP 47 language tag, e.g. pt-BR, it, zh-Hant.")
    String tag;

    @Option(names = "--source", description = "The site project folder (default: current folder).", defaultValue = ".")
    Path source;

    @Override
    public Integer call() {
        try {
            Problems problems = new Problems();
            SiteConfig config = SiteConfig.load(source, problems);
            problems.throwIfAny();
            Path created = LocaleScaffold.create(source, tag, config.sourceLocale());
            System.out.println("Created " + created + ". Translate its values, and add pages under content/" + tag
                    + "/ (see TRANSLATING.md).");
            return 0;
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems());
            return ProblemPrinter.FAILED;
        }
    }
}
