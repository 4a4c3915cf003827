package org.babelbake.site;

import org.babelbake.page.SiteIdentity;
import org.babelbake.problem.Problems;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the site's identity from {@code jbake.properties}: {@code site.name}, {@code site.tagline},
 * {@code site.logo}, {@code site.favicon}, {@code site.menu} and {@code site.poweredBy}. Files must
 * be in {@code assets/}; the menu's ids are checked later, against the pages that exist.
 */
final class IdentityConfig {
    private IdentityConfig() {
    }

    static SiteIdentity load(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(SiteConfig.FILE);
        if (!Files.isRegularFile(file)) return SiteIdentity.NONE; // SiteConfig reports it
        Map<String, PropertiesSource.Entry> entries = PropertiesSource.parse(SourceText.read(siteRoot, file), new Problems());
        Optional<String> logo = asset(siteRoot, entries, "site.logo", List.of("svg", "png"), problems);
        Optional<String> favicon = asset(siteRoot, entries, "site.favicon", List.of("svg", "png", "ico"), problems);
        List<String> menu = new ArrayList<>();
        int menuLine = 0;
        PropertiesSource.Entry menuEntry = entries.get("site.menu");
        if (menuEntry != null) {
            menuLine = menuEntry.line();
            for (String id : Arrays.stream(menuEntry.value().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
                if (menu.contains(id)) {
                    problems.add(SiteConfig.FILE, menuLine, "site.menu names \"" + id + "\" twice; keep it once");
                } else {
                    menu.add(id);
                }
            }
        }
        boolean poweredBy = true;
        Optional<String> powered = value(entries, "site.poweredBy");
        if (powered.isPresent()) {
            switch (powered.get().toLowerCase(Locale.ROOT)) {
                case "true" -> poweredBy = true;
                case "false" -> poweredBy = false;
                default -> problems.add(SiteConfig.FILE, entries.get("site.poweredBy").line(), "site.poweredBy \""
                        + powered.get() + "\" is neither true nor false; write site.poweredBy=false to leave out \"Made with Babelbake\"");
            }
        }
        return new SiteIdentity(value(entries, "site.name"), value(entries, "site.tagline"), logo, favicon, menu, menuLine,
                poweredBy);
    }

    private static Optional<String> asset(Path siteRoot, Map<String, PropertiesSource.Entry> entries, String key,
                                          List<String> extensions, Problems problems) {
        Optional<String> path = value(entries, key).map(p -> p.replace('\\', '/'));
        if (path.isEmpty()) return path;
        int line = entries.get(key).line();
        String given = path.get();
        String extension = given.substring(given.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!given.startsWith("assets/") || given.contains("..")) {
            problems.add(SiteConfig.FILE, line, key + " \"" + given + "\" is not in assets/; put the file in assets/ and write e.g. "
                    + key + "=assets/logo." + extensions.get(0));
        } else if (!extensions.contains(extension)) {
            problems.add(SiteConfig.FILE, line, key + " \"" + given + "\" is not " + String.join(" or ",
                    extensions.stream().map(e -> e.toUpperCase(Locale.ROOT)).toList()) + "; convert it or choose another file");
        } else if (!Files.isRegularFile(siteRoot.resolve(given))) {
            problems.add(SiteConfig.FILE, line, key + " \"" + given + "\" does not exist; add the file or fix the path");
        } else {
            return path;
        }
        return Optional.empty();
    }

    private static Optional<String> value(Map<String, PropertiesSource.Entry> entries, String key) {
        return Optional.ofNullable(entries.get(key)).map(PropertiesSource.Entry::value).map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
