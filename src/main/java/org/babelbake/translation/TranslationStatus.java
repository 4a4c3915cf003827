package org.babelbake.translation;

import org.babelbake.content.ContentFile;
import org.babelbake.content.ContentTree;
import org.babelbake.content.SourceVersion;
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
import java.util.stream.Collectors;

/**
 * What is translated, outdated, not yet stamped or missing in each locale, pages and UI strings,
 * compared with the source locale by {@link SourceVersion} and message key; for outdated pages,
 * what changed in the source since (from git history, when there is one).
 */
public record TranslationStatus(String sourceLocale, Map<String, LocaleStatus> locales) {
    /** @param locales in the order the reports list them (the site's locale order) */
    public TranslationStatus {
        locales = Collections.unmodifiableMap(new LinkedHashMap<>(locales));
    }

    public static TranslationStatus of(Path siteRoot, ContentTree tree, SiteLocale source,
                                       Map<String, Path> translationFiles) {
        Problems ignored = new Problems();
        MessageCatalog sourceCatalog = MessageCatalog.load(siteRoot, translationFiles.get(source.tag()), source, source.tag(), ignored);
        Map<String, ContentFile> sourceFiles = tree.files(source.tag());
        Map<String, LocaleStatus> locales = new LinkedHashMap<>();
        ChangeFinder history = new ChangeFinder(siteRoot);
        BodyOnlyStamps bodyOnly = new BodyOnlyStamps();
        translationFiles.forEach((tag, file) -> {
            if (tag.equals(source.tag())) return;
            SiteLocale locale = SiteLocale.create(tag);
            Problems messageProblems = new Problems();
            MessageCatalog catalog = MessageCatalog.load(siteRoot, file, locale, source.tag(), messageProblems);
            MessageChecks.check(catalog, sourceCatalog, messageProblems, warning -> { });
            Map<String, PageState> pages = new TreeMap<>();
            Map<String, SourceChange> changes = new TreeMap<>();
            List<String> oldStamps = new ArrayList<>();
            Map<String, ContentFile> own = tree.files(tag);
            sourceFiles.forEach((relPath, original) -> {
                ContentFile translated = own.get(relPath);
                PageState state = state(original, translated);
                pages.put(relPath, state);
                if (state != PageState.OUTDATED) return;
                String stamp = translated.required("translation.source");
                if (bodyOnly.matches(original, stamp)) {
                    oldStamps.add(relPath);
                    changes.put(relPath, SourceChange.unavailable("the stamp is an old body-only one; run `stamp --upgrade` once"));
                } else {
                    changes.put(relPath, history.changeSince(original, stamp, source));
                }
            });
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
                    .filter(key -> sourceCatalog.get(key).isEmpty() && !MessageCatalog.SITE_KEYS.contains(key)).sorted().toList();
            List<String> outdated = catalog.messages().values().stream()
                    .filter(m -> sourceCatalog.get(m.key()).filter(original -> m.origin().isOutdated(original.pattern())).isPresent())
                    .map(MessageCatalog.Message::key).filter(key -> !invalid.containsKey(key)).sorted().toList();
            locales.put(tag, new LocaleStatus(tag, pages, missing, invalid, unused, outdated, changes, oldStamps));
        });
        history.close();
        return new TranslationStatus(source.tag(), locales);
    }

    /** Only one locale's status, for {@code status TAG}. */
    public TranslationStatus only(String tag) {
        return new TranslationStatus(sourceLocale, locales.entrySet().stream().filter(e -> e.getKey().equals(tag))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
    }

    private static PageState state(ContentFile original, ContentFile translated) {
        return switch (SourceVersion.stateOf(original, translated)) {
            case FALLBACK -> PageState.MISSING;
            case OUTDATED -> PageState.OUTDATED;
            case UNSTAMPED -> PageState.UNSTAMPED;
            case TRANSLATED, SOURCE -> PageState.TRANSLATED;
        };
    }
}
