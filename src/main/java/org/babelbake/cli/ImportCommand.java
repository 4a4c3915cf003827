package org.babelbake.cli;

import org.babelbake.exchange.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/** {@code babelbake import FILE}: brings a translated PO or XLIFF file back, all of it or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Write the translations of a PO or XLIFF file (made by export) back into translations/TAG.properties "
                + "and content/TAG/, stamped with the version exported. Checks everything first: one bad unit and no file changes.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The .po, .xlf or .xliff file.")
    Path file;

    @Mixin
    SiteFolder source;

    @Override
    public Integer call() {
        Importer.Outcome outcome = Importer.importFile(source.path(), file, file.toString(),
                LocalDate.now(ZoneOffset.UTC), System.err::println);
        if (outcome.written().isEmpty()) {
            System.out.println("Nothing changed: the " + outcome.tag() + " translations in " + file + " are the project's already.");
        } else {
            System.out.println("Imported " + outcome.tag() + ": " + outcome.written().size() + " files written");
            outcome.written().forEach(f -> System.out.println("  " + f));
        }
        return 0;
    }
}
