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
    /** One compiled message and where it is defined. */
    public record Message(String key, String pattern, String file, int line, MessageFormat format) {
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

    /** Reads and compiles a translation file; every broken pattern is reported to {@code problems}. */
    public static MessageCatalog load(Path siteRoot, Path file, SiteLocale locale, Problems problems) {
        SourceText source = SourceText.read(siteRoot, file);
        Map<String, Message> compiled = new LinkedHashMap<>();
        for (PropertiesSource.Entry entry : PropertiesSource.parse(source, problems).values()) {
            if (entry.value().isBlank()) continue; // an empty value means "not translated yet"
            try {
                MessageFormat format = new MessageFormat(entry.value(), locale.ulocale());
                compiled.put(entry.key(), new Message(entry.key(), entry.value(), source.name(), entry.line(), format));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(source.name(), entry.line(), "message \"" + entry.key()
                        + "\" is not valid ICU MessageFormat (" + e.getMessage() + "); check that every { has its }"
                        + " and write a literal apostrophe as ’ or ''"));
            }
        }
        return new MessageCatalog(locale, source.name(), compiled);
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
