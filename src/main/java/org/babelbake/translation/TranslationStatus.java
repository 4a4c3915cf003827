package org.babelbake.translation;

import org.babelbake.content.ContentFile;
import org.babelbake.content.ContentTree;
import org.babelbake.locale.MessageCatalog;
import org.babelbake.locale.MessageChecks;
import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is translated, outdated or missing in each locale, pages and UI strings, compared with
 * the source locale by content hash and message key.
 */
public record TranslationStatus(String sourceLocale, Map<String, LocaleStatus> locales) {
    /** @param locales in the order the reports list them (the site's locale order) */
    public TranslationStatus {
        locales = Collections.unmodifiableMap(new LinkedHashMap<>(locales));
    }

    public static TranslationStatus of(Path siteRoot, ContentTree tree, SiteLocale source,
                                       Map<String, Path> translationFiles) {
        Problems ignored = new Problems();
        MessageCatalog sourceCatalog = MessageCatalog.load(siteRoot, translationFiles.get(source.tag()), source, ignored);
        Map<String, ContentFile> sourceFiles = tree.files(source.tag());
        Map<String, LocaleStatus> locales = new LinkedHashMap<>();
        translationFiles.forEach((tag, file) -> {
            if (tag.equals(source.tag())) return;
            SiteLocale locale = SiteLocale.create(tag);
            Problems messageProblems = new Problems();
            MessageCatalog catalog = MessageCatalog.load(siteRoot, file, locale, messageProblems);
            MessageChecks.check(catalog, sourceCatalog, messageProblems);
            Map<String, PageState> pages = new TreeMap<>();
            Map<String, ContentFile> own = tree.files(tag);
            sourceFiles.forEach((relPath, original) -> pages.put(relPath, state(original, own.get(relPath))));
            List<String> missing = new ArrayList<>();
            sourceCatalog.messages().keySet().forEach(key -> {
                if (catalog.get(key).isEmpty()) missing.add(key);
            });
            Map<String, String> invalid = new TreeMap<>();
            Map<Integer, String> keysByLine = new TreeMap<>();
            PropertiesKeys.byLine(siteRoot, file).forEach(keysByLine::put);
            for (Problem problem : messageProblems.sorted()) {
                String key = keysByLine.getOrDefault(problem.line(), "line " + problem.line());
                invalid.merge(key, problem.toString(), (a, b) -> a + "; " + b);
            }
            missing.removeAll(invalid.keySet());
            List<String> unused = catalog.messages().keySet().stream()
                    .filter(key -> sourceCatalog.get(key).isEmpty()).sorted().toList();
            locales.put(tag, new LocaleStatus(tag, pages, missing, invalid, unused));
        });
        return new TranslationStatus(source.tag(), locales);
    }

    private static PageState state(ContentFile original, ContentFile translated) {
        if (translated == null) return PageState.MISSING;
        boolean current = translated.header("translation.source").filter(original.sourceHash()::equals).isPresent();
        return current ? PageState.TRANSLATED : PageState.OUTDATED;
    }
}
