package org.babelbake.locale;

import com.ibm.icu.text.MessageFormat;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SitePaths;
import org.babelbake.source.SourceText;
import org.babelbake.theme.BuiltInTheme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The UI strings of one locale, from {@code translations/<tag>.properties}: ICU MessageFormat
 * patterns, each compiled once and remembered with the line it came from.
 */
public final class MessageCatalog {
    /** Keys a translation file may give though the source file need not: their default is in jbake.properties. */
    public static final java.util.Set<String> SITE_KEYS = java.util.Set.of("site.name", "site.tagline");
    /**
     * One compiled message and where it is defined.
     *
     * @param origin the source text it was translated from, as recorded above it
     * @param texts  what it gives, formatted once per set of arguments
     */
    public record Message(String key, String pattern, String file, int line, MessageFormat format, MessageOrigin origin,
                          FormattedTexts texts) {
        Message(String key, String pattern, String file, int line, MessageFormat format, MessageOrigin origin) {
            this(key, pattern, file, line, format, origin, new FormattedTexts(format));
        }

        /** Formats with named arguments; most labels have none and are formatted once. */
        public String format(Map<String, Object> args) {
            return texts.format(args);
        }
    }

    private final SiteLocale locale;
    private final String file;
    private final Map<String, Message> messages;

    private MessageCatalog(SiteLocale locale, String file, Map<String, Message> messages) {
        this.locale = locale;
        this.file = file;
        this.messages = Collections.unmodifiableMap(messages);
    }

    /**
     * Reads and compiles a translation file, over the UI strings the jar ships for the same locale:
     * a key the site's file does not define (or leaves empty) is the built-in one, except the site's own
     * {@link #SITE_KEYS}. The site's file may be missing when the jar ships the locale. Every broken
     * pattern is reported to {@code problems}.
     *
     * @param sourceTag the source locale, whose text the {@code # <sourceTag>:} comments record
     */
    public static MessageCatalog load(Path siteRoot, Path file, SiteLocale locale, String sourceTag, Problems problems) {
        String name = SitePaths.relativeName(siteRoot, file);
        Map<String, Message> merged = new LinkedHashMap<>();
        if (Files.exists(file)) {
            SourceText source = SourceText.read(siteRoot, file);
            merged.putAll(of(locale, name, PropertiesSource.parse(source, problems).values(), sourceTag, problems).messages());
        }
        Optional<SourceText> builtIn = BuiltInTheme.translations(locale.tag());
        if (builtIn.isPresent()) {
            MessageCatalog theme = of(locale, builtIn.get().name(), PropertiesSource.parse(builtIn.get(), problems).values(),
                    sourceTag, problems);
            // The site's identity (site.name, site.tagline) is the site's own: the built-in files carry the example site's.
            theme.messages().forEach((key, message) -> {
                if (!SITE_KEYS.contains(key)) merged.putIfAbsent(key, message);
            });
        }
        return new MessageCatalog(locale, name, merged);
    }

    /** Compiles entries read from anywhere (a translation file, an imported PO or XLIFF file) named {@code file}. */
    public static MessageCatalog of(SiteLocale locale, String file, Iterable<PropertiesSource.Entry> entries,
                                    String sourceTag, Problems problems) {
        Map<String, Message> compiled = new LinkedHashMap<>();
        for (PropertiesSource.Entry entry : entries) {
            if (entry.value().isBlank()) continue; // an empty value means "not translated yet"
            try {
                MessageFormat format = new MessageFormat(entry.value(), locale.ulocale());
                compiled.put(entry.key(), new Message(entry.key(), entry.value(), file, entry.line(), format,
                        MessageOrigin.of(entry.comments(), sourceTag)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, entry.line(), MessageSyntax.explain(entry, e)));
            }
        }
        return new MessageCatalog(locale, file, compiled);
    }

    public static MessageCatalog empty(SiteLocale locale, String file) {
        return new MessageCatalog(locale, file, Map.of());
    }

    public SiteLocale locale() {
        return locale;
    }

    public String file() {
        return file;
    }

    public Optional<Message> get(String key) {
        return Optional.ofNullable(messages.get(key));
    }

    public Map<String, Message> messages() {
        return messages;
    }
}
