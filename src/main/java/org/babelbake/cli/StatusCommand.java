package org.babelbake.cli;

import org.babelbake.problem.Problems;
import org.babelbake.site.SiteProject;
import org.babelbake.translation.LocaleStatus;
import org.babelbake.translation.PageState;
import org.babelbake.translation.StatusReport;
import org.babelbake.translation.TranslationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code babelbake status}: what each locale lacks, as a summary and as JSON and HTML reports. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Report translated, outdated and missing pages and UI strings per locale; "
                + "writes target/translation-status.json and .html.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    SiteFolder source;

    @Option(names = "--out", description = "Folder for the reports (default: <source>/target).")
    Path out;

    @Override
    public Integer call() {
        Problems problems = new Problems();
        TranslationStatus status = SiteProject.load(source.path, problems).translationStatus();
        Path folder = out != null ? out : source.resolve("target");
        StatusReport.write(status, folder);
        System.out.printf(Locale.ROOT, "%-10s %10s %9s %8s   %s%n", "", "pages", "", "", "UI strings");
        System.out.printf(Locale.ROOT, "%-10s %10s %9s %8s   %7s %7s%n", "locale", "translated", "outdated", "missing", "missing", "invalid");
        for (LocaleStatus locale : status.locales().values()) {
            System.out.printf(Locale.ROOT, "%-10s %10d %9d %8d   %7d %7d%n", locale.locale(), locale.count(PageState.TRANSLATED),
                    locale.count(PageState.OUTDATED), locale.count(PageState.MISSING),
                    locale.missingMessages().size(), locale.invalidMessages().size());
        }
        System.out.println("Reports: " + folder.resolve(StatusReport.JSON) + ", " + folder.resolve(StatusReport.HTML));
        problems.sorted().forEach(System.err::println);
        boolean invalid = status.locales().values().stream().anyMatch(l -> !l.invalidMessages().isEmpty());
        status.locales().values().forEach(l -> l.invalidMessages().values().forEach(System.err::println));
        return problems.isEmpty() && !invalid ? 0 : FailureReport.FAILED;
    }
}
