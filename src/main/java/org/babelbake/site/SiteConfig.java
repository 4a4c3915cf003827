package org.babelbake.site;

import org.babelbake.problem.Problems;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The site settings of {@code jbake.properties} (the JBake settings in the same file are read by JBake).
 *
 * @param sourceLocale the language the content is written in, complete by definition
 * @param baseUrl      where the site will be published, ending in "/"; without it, absolute URLs
 *                     (canonical, hreflang, sitemap) are left out rather than guessed
 */
public record SiteConfig(String sourceLocale, Optional<String> baseUrl) {
    public static final String FILE = "jbake.properties";

    public static SiteConfig load(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(FILE, 0, "is missing; create it with at least site.defaultLocale=en");
            return new SiteConfig("en", Optional.empty());
        }
        Map<String, PropertiesSource.Entry> entries = PropertiesSource.parse(SourceText.read(siteRoot, file), problems);
        String source = value(entries, "site.defaultLocale").orElse("en");
        Optional<String> baseUrl = value(entries, "site.baseUrl").map(url -> url.endsWith("/") ? url : url + "/");
        baseUrl.ifPresent(url -> {
            try {
                URI uri = new URI(url);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new URISyntaxException(url, "not an http(s) URL with a host");
                }
            } catch (URISyntaxException e) {
                problems.add(FILE, entries.get("site.baseUrl").line(), "site.baseUrl \"" + url
                        + "\" is not an absolute web address; write e.g. https://example.org/imnm/ or remove the line");
            }
        });
        return new SiteConfig(source, baseUrl);
    }

    private static Optional<String> value(Map<String, PropertiesSource.Entry> entries, String key) {
        return Optional.ofNullable(entries.get(key)).map(PropertiesSource.Entry::value).map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
