package org.babelbake.site;

import org.babelbake.bake.JBakeSettings;
import org.babelbake.bake.PageTemplates;
import org.babelbake.problem.Problems;
import org.babelbake.theme.AssetFile;
import org.jbake.app.configuration.JBakeConfiguration;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The site's settings, templates and assets, read and checked on the other core while the content
 * and translations are read: they depend on neither, and in a cold process setting up Freemarker
 * and parsing the templates takes about as long as reading a small site's content.
 */
final class ThemeLoad {
    /** What the pages are made with. */
    record Theme(JBakeConfiguration jbake, PageTemplates templates, List<AssetFile> assets) {
    }

    private final CompletableFuture<Theme> theme;

    private ThemeLoad(CompletableFuture<Theme> theme) {
        this.theme = theme;
    }

    /** Starts reading; its problems go to {@code problems} as they are found. */
    static ThemeLoad start(Path siteRoot, Path out, Problems problems) {
        return inBackground(() -> load(siteRoot, out, problems));
    }

    /** Starts {@code loading} on another thread (the site's reading, or a test's stand-in). */
    static ThemeLoad inBackground(Supplier<Theme> loading) {
        return new ThemeLoad(CompletableFuture.supplyAsync(loading));
    }

    /** Waits for the theme; a failure is thrown as it was thrown, as if read in this thread. */
    Theme join() {
        try {
            return theme.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error failure) throw failure;
            throw e;
        }
    }

    private static Theme load(Path siteRoot, Path out, Problems problems) {
        JBakeConfiguration jbake = JBakeSettings.load(siteRoot, out);
        PageTemplates templates = new PageTemplates(jbake);
        for (String template : SiteBuilder.TEMPLATES) {
            if (!templates.exists(template)) {
                problems.add("templates/" + template, 0, "template is missing; every site needs it (restore it from git or the Babelbake example)");
            }
        }
        return new Theme(jbake, templates, AssetCopier.list(siteRoot, problems));
    }
}
