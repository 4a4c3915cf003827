package org.babelbake.locale;

import com.ibm.icu.text.MessageFormat;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;

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
     */
    public record Message(String key, String pattern, String file, int line, MessageFormat format, MessageOrigin origin) {
        /** Formats with named arguments. ICU's MessageFormat is not thread-safe, so calls are serialised. */
        public String format(Map<String, Object> args) {
            synchronized (format) {
                return format.format(args);
            }
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
     * Reads and compiles a translation file; every broken pattern is reported to {@code problems}.
     *
     * @param sourceTag the source locale, whose text the {@code # <sourceTag>:} comments record
     */
    public static MessageCatalog load(Path siteRoot, Path file, SiteLocale locale, String sourceTag, Problems problems) {
        SourceText source = SourceText.read(siteRoot, file);
        return of(locale, source.name(), PropertiesSource.parse(source, problems).values(), sourceTag, problems);
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
