package org.babelbake.locale;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "this key, in this locale, with these arguments": the locale's own message, or the
 * source locale's one, marked as a fallback, its {@link FormattedValue} arguments in its language.
 */
public final class Messages {
    private final MessageCatalog own;
    private final MessageCatalog source;
    private final boolean keepOutdated;

    /**
     * @param keepOutdated show a translation made from an older source text ({@code site.outdatedStrings=keep});
     *                     otherwise, as gettext does with fuzzy entries, readers get the current source text
     */
    public Messages(MessageCatalog own, MessageCatalog source, boolean keepOutdated) {
        this.own = own;
        this.source = source;
        this.keepOutdated = keepOutdated;
    }

    public Messages(MessageCatalog own, MessageCatalog source) {
        this(own, source, false);
    }

    public SiteLocale locale() {
        return own.locale();
    }

    /** The source language's translation file, where every key must be. */
    public String sourceFile() {
        return source.file();
    }

    /**
     * The locale's own text for a key it may give but need not (the site's name and tagline, whose
     * default is in jbake.properties); the source file's text only for the source locale.
     */
    public Optional<LocalizedText> own(String key) {
        return own.get(key).map(m -> new LocalizedText(m.format(Map.of()), own.locale(), false));
    }

    /**
     * @param args alternating argument names and values: {@code "count", 3, "date", "Feb 2023"}
     * @throws MissingMessageException when even the source locale has no such key
     */
    public LocalizedText format(String key, Object... args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("message \"" + key + "\": arguments come in name, value pairs");
        }
        Optional<MessageCatalog.Message> mine = own.get(key);
        if (!keepOutdated && own != source) {
            mine = mine.filter(m -> source.get(key).map(original -> !m.origin().isOutdated(original.pattern())).orElse(true));
        }
        if (mine.isPresent()) return new LocalizedText(mine.get().format(named(args, own.locale())), own.locale(), false);
        MessageCatalog.Message fallback = source.get(key).orElseThrow(() -> new MissingMessageException(key, source.file()));
        return new LocalizedText(fallback.format(named(args, source.locale())), source.locale(), own != source);
    }

    /** The arguments by name; formatted values are written in the language of the message that shows them. */
    private static Map<String, Object> named(Object[] args, SiteLocale language) {
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            Object value = args[i + 1] instanceof FormattedValue formatted ? formatted.in(language) : args[i + 1];
            named.put(String.valueOf(args[i]), value);
        }
        return named;
    }

    /** Thrown when a template asks for a key that the source translation file does not define. */
    public static final class MissingMessageException extends RuntimeException {
        public MissingMessageException(String key, String sourceFile) {
            super("there is no message \"" + key + "\"; add it to " + sourceFile + " or fix the key");
        }
    }
}
