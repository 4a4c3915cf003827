package org.babelbake.cli;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.site.SiteProject;
import org.babelbake.translation.LocaleStatus;
import org.babelbake.translation.PageState;
import org.babelbake.translation.SourceChange;
import org.babelbake.translation.StatusReport;
import org.babelbake.translation.TranslationStatus;
import org.babelbake.translation.WordDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code babelbake status [TAG]}: what each locale lacks, as a summary and as JSON and HTML reports. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Report translated, outdated, not yet stamped and missing pages and UI strings per locale, "
                + "with what changed in the English of outdated pages (from git history); "
                + "writes target/translation-status.json and .html.")
final class StatusCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TAG", arity = "0..1", description = "Show only this locale, e.g. es.")
    String tag;

    @Mixin
    SiteFolder source;

    @Option(names = "--out", description = "Folder for the reports (default: <source>/target).")
    Path out;

    @Override
    public Integer call() {
        Problems problems = new Problems();
        TranslationStatus all = SiteProject.load(source.path(), problems).translationStatus();
        if (tag != null && !all.locales().containsKey(tag)) {
            throw new BuildFailedException(Problem.inFile("translations/" + tag + ".properties", "does not exist, so "
                    + tag + " is not a locale of this site; the locales are " + String.join(", ", all.locales().keySet())));
        }
        Path folder = out != null ? out : source.resolve("target");
        StatusReport.write(all, folder);
        TranslationStatus status = tag == null ? all : all.only(tag);
        System.out.printf(Locale.ROOT, "%-10s %10s %9s %11s %8s   %s%n", "", "pages", "", "not yet", "", "UI strings");
        System.out.printf(Locale.ROOT, "%-10s %10s %9s %11s %8s   %7s %7s %8s %7s%n", "locale", "translated", "outdated", "stamped",
                "missing", "missing", "invalid", "outdated", "unused");
        for (LocaleStatus locale : status.locales().values()) {
            System.out.printf(Locale.ROOT, "%-10s %10d %9d %11d %8d   %7d %7d %8d %7d%n", locale.locale(), locale.count(PageState.TRANSLATED),
                    locale.count(PageState.OUTDATED), locale.count(PageState.UNSTAMPED), locale.count(PageState.MISSING),
                    locale.missingMessages().size(), locale.invalidMessages().size(), locale.outdatedMessages().size(),
                    locale.unusedMessages().size());
        }
        status.locales().values().forEach(StatusCommand::printDetails);
        System.out.println("Reports: " + folder.resolve(StatusReport.JSON) + ", " + folder.resolve(StatusReport.HTML));
        problems.sorted().forEach(System.err::println);
        boolean invalid = status.locales().values().stream().anyMatch(l -> !l.invalidMessages().isEmpty());
        status.locales().values().forEach(l -> l.invalidMessages().values().forEach(System.err::println));
        return problems.isEmpty() && !invalid ? 0 : FailureReport.FAILED;
    }

    /** Per locale: unused keys, files not yet stamped, and for each outdated file what changed in the source. */
    private static void printDetails(LocaleStatus locale) {
        String content = "content/" + locale.locale() + "/";
        if (!locale.unusedMessages().isEmpty()) {
            System.out.println(locale.locale() + ": unused UI strings (not in the source file): "
                    + String.join(", ", locale.unusedMessages()));
        }
        if (!locale.outdatedMessages().isEmpty()) {
            System.out.println(locale.locale() + ": outdated UI strings (the source text changed; update each, then delete its "
                    + "\"(old)\" line): " + String.join(", ", locale.outdatedMessages()));
        }
        locale.pages().entrySet().stream().filter(e -> e.getValue() == PageState.UNSTAMPED).map(Map.Entry::getKey).sorted()
                .forEach(path -> System.out.println(content + path + ": not yet stamped; when it is up to date, run: stamp "
                        + content + path));
        if (!locale.oldStamps().isEmpty()) {
            System.out.println(locale.locale() + ": " + locale.oldStamps().size() + " file(s) carry an old body-only stamp "
                    + "of the current source; run `stamp --upgrade` once to mark them translated (see TRANSLATING.md)");
        }
        locale.changes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            SourceChange change = entry.getValue();
            System.out.println(content + entry.getKey() + ": outdated" + change.since()
                    .map(r -> "; the source changed since commit " + r.shortCommit() + ":").orElse(""));
            change.unavailable().ifPresent(why -> System.out.println("    diff unavailable: " + why));
            for (SourceChange.PartChange part : change.parts()) {
                System.out.println("  " + part.label() + ":");
                WordDiff.plain(part.diff()).lines().forEach(line -> System.out.println("    " + line));
            }
        });
    }
}
