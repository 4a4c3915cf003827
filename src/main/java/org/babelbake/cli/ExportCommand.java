package org.babelbake.cli;

import org.babelbake.exchange.ExchangeFormat;
import org.babelbake.exchange.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code babelbake export TAG --format po|xliff [--out FILE]}: a locale's texts for a translation platform or CAT tool. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a language's UI strings and content as one PO or XLIFF 2.0 file, one unit per UI string, "
                + "title, description, reference title and Markdown block, with the existing translations; "
                + "translate it in Weblate, Crowdin, OmegaT..., then bring it back with import.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TAG", description = "The language, e.g. pt-BR (pt_BR is accepted).")
    String tag;

    @Option(names = "--format", required = true, description = "po or xliff.")
    String format;

    @Option(names = "--out", description = "The file to write (default: <source>/target/exchange/TAG.po or .xlf, TAG as pt_BR).")
    Path out;

    @Mixin
    SiteFolder source;

    @Override
    public Integer call() {
        ExchangeFormat chosen = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "po" -> ExchangeFormat.PO;
            case "xliff", "xlf" -> ExchangeFormat.XLIFF;
            default -> null;
        };
        if (chosen == null) {
            System.err.println("--format " + format + " is not a format; write --format po or --format xliff");
            return FailureReport.FAILED;
        }
        Path file = out != null ? out : source.resolve("target/exchange").resolve(Exporter.defaultName(tag, chosen));
        int units = Exporter.export(source.path(), tag, chosen, file);
        System.out.println("Wrote " + units + " units to " + file + ". Translate it in your tool, then run: import " + file);
        return 0;
    }
}
