package org.babelbake.cli;

import org.babelbake.translation.LocaleScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code babelbake add-locale TAG}: starts a new language with its UI strings file. */
@Command(name = "add-locale", mixinStandardHelpOptions = true,
        description = "Create translations/TAG.properties with every UI string to translate; the next build "
                + "has the new language, shown in the source language until translated. On an existing language, "
                + "bring its file in step with the source: add new keys, flag removed ones, refresh the source "
                + "text shown beside each key; translations and translators' comments are kept.")
final class AddLocaleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TAG", description = "BCP 47 language tag, e.g. pt-BR, it, zh-Hant.")
    String tag;

    @Mixin
    SiteFolder source;

    @Override
    public Integer call() {
        LocaleScaffold.Outcome outcome = LocaleScaffold.createOrSync(source.path(), tag, source.config().sourceLocale());
        if (outcome.created()) {
            System.out.println("Created " + outcome.file() + ". Translate its values, and add pages under content/" + tag
                    + "/ (see TRANSLATING.md).");
        } else {
            System.out.println("Updated " + outcome.file() + ": " + outcome.added().size() + " new key"
                    + (outcome.added().size() == 1 ? "" : "s") + (outcome.added().isEmpty() ? "" : " (" + String.join(", ", outcome.added()) + ")")
                    + ", " + outcome.unused().size() + " unused"
                    + (outcome.unused().isEmpty() ? "" : " (" + String.join(", ", outcome.unused()) + ", flagged in the file)") + ".");
        }
        return 0;
    }
}
