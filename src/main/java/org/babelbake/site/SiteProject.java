package org.babelbake.site;

import org.babelbake.content.ContentFile;
import org.babelbake.content.ContentTree;
import org.babelbake.locale.LocaleDiscovery;
import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.Problems;
import org.babelbake.translation.TranslationStatus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A site project's sources as read from disk: settings, locales (one per translation file) and
 * content files. Problems are collected; a project without its source locale cannot be read.
 */
public record SiteProject(Path root, SiteConfig config, SiteLocale source, Map<String, Path> translationFiles,
                          ContentTree tree) {

    public static SiteProject load(Path root, Problems problems) {
        Path siteRoot = root.toAbsolutePath().normalize();
        SiteConfig config = SiteConfig.load(siteRoot, problems);
        Map<String, Path> files = LocaleDiscovery.discover(siteRoot, config.sourceLocale(), problems);
        String problem = SiteLocale.problemWith(config.sourceLocale());
        if (problem != null) problems.add(SiteConfig.FILE, 0, "site.defaultLocale: " + problem);
        if (problem != null || !files.containsKey(config.sourceLocale())) problems.throwIfAny();
        ContentTree tree = ContentTree.load(siteRoot, files.keySet(), config.sourceLocale(), problems);
        return new SiteProject(siteRoot, config, SiteLocale.create(config.sourceLocale()), files, tree);
    }

    /** Every date the content states (last updates, translation dates), for a reproducible build date. */
    public List<LocalDate> contentDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (String tag : translationFiles.keySet()) {
            for (ContentFile file : tree.files(tag).values()) {
                for (String key : List.of("updated", "reviewed", "translation.date", "date")) file.date(key).ifPresent(dates::add);
            }
        }
        return dates;
    }

    public TranslationStatus translationStatus() {
        return TranslationStatus.of(root, tree, source, translationFiles);
    }
}
