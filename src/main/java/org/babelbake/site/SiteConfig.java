package org.babelbake.site;

import org.babelbake.offline.SiteSlug;
import org.babelbake.problem.Problems;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The site settings of {@code jbake.properties} (the JBake settings in the same file are read by JBake).
 *
 * @param sourceLocale the language the content is written in, complete by definition
 * @param baseUrl      where the site will be published, ending in "/"; without it, absolute URLs
 *                     (canonical, hreflang, sitemap) are left out rather than guessed
 * @param reviewInterval how long after its last review an article is due for the next one
 * @param slug         the site's short name in download names ({@code site.slug}); without it,
 *                     one is made from the site's name
 * @param keepOutdatedStrings {@code site.outdatedStrings=keep}: show UI strings translated from an older
 *                            source text; by default readers get the current source text instead (gettext's rule)
 */
public record SiteConfig(String sourceLocale, Optional<String> baseUrl, Period reviewInterval, Optional<SiteSlug> slug,
                         boolean keepOutdatedStrings) {
    public static final String FILE = "jbake.properties";
    /** How long a medical review stays current unless {@code site.reviewInterval} says otherwise. */
    public static final Period DEFAULT_REVIEW_INTERVAL = Period.ofYears(3);

    public static SiteConfig load(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(FILE, 0, "is missing; create it with at least site.defaultLocale=en");
            return new SiteConfig("en", Optional.empty(), DEFAULT_REVIEW_INTERVAL, Optional.empty(), false);
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
        Period interval = DEFAULT_REVIEW_INTERVAL;
        Optional<String> configured = value(entries, "site.reviewInterval");
        if (configured.isPresent()) {
            try {
                interval = Period.parse(configured.get());
            } catch (DateTimeParseException e) {
                problems.add(FILE, entries.get("site.reviewInterval").line(), "site.reviewInterval \"" + configured.get()
                        + "\" is not a period; write an ISO 8601 period such as P3Y (3 years) or P18M");
            }
        }
        Optional<String> slug = value(entries, "site.slug");
        if (slug.isPresent() && !SiteSlug.isValid(slug.get())) {
            problems.add(FILE, entries.get("site.slug").line(), "site.slug \"" + slug.get()
                    + "\" cannot name a download; use lower-case letters a-z, digits and single hyphens, e.g. myositis-info");
            slug = Optional.empty();
        }
        Optional<String> outdated = value(entries, "site.outdatedStrings");
        if (outdated.isPresent() && !outdated.get().equals("keep") && !outdated.get().equals("source")) {
            problems.add(FILE, entries.get("site.outdatedStrings").line(), "site.outdatedStrings \"" + outdated.get()
                    + "\" is not a choice; write keep (show outdated translations) or source (show the source text, the default)");
        }
        return new SiteConfig(source, baseUrl, interval, slug.map(SiteSlug::new), outdated.filter("keep"::equals).isPresent());
    }

    private static Optional<String> value(Map<String, PropertiesSource.Entry> entries, String key) {
        return Optional.ofNullable(entries.get(key)).map(PropertiesSource.Entry::value).map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
