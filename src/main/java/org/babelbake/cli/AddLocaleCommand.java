package org.babelbake.cli;

import org.babelbake.translation.LocaleScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SiteFolder source;

    @Override
    public Integer call() {
        Path created = LocaleScaffold.create(source.path(), tag, source.config().sourceLocale());
        System.out.println("Created " + created + ". Translate its values, and add pages under content/" + tag
                + "/ (see TRANSLATING.md).");
        return 0;
    }
}
