package org.babelbake.cli;

import org.babelbake.translation.SourceStamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SiteFolder source;

    @Override
    public Integer call() {
        String sourceLocale = source.config().sourceLocale();
        for (Path file : files) {
            Path resolved = file.isAbsolute() ? file : source.path.resolve(file);
            System.out.println(file + ": translation.source="
                    + SourceStamp.stamp(source.path.toAbsolutePath(), resolved.toAbsolutePath(), sourceLocale));
        }
        return 0;
    }
}
