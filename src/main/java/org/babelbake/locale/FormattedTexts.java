package org.babelbake.locale;

import com.ibm.icu.text.MessageFormat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one compiled message gives, formatted once per set of arguments. Pages repeat the same
 * arguments thousands of times (a count of references, the month of a review, the day the site was
 * built), and ICU's {@link MessageFormat} is dear and not thread-safe: every call takes its lock.
 * Only arguments whose equality means the same text are remembered (text, whole numbers, yes or
 * no); any other argument, a date for one, is formatted at each call as before.
 */
final class FormattedTexts {
    /** Argument sets remembered per message: a site's counts and dates, bounded for one that varies more. */
    static final int REMEMBERED = 256;

    private final MessageFormat format;
    private final String fixed; // the text of a pattern without arguments
    private final Map<Map<String, Object>, String> remembered = new ConcurrentHashMap<>();

    FormattedTexts(MessageFormat format) {
        this.format = format;
        this.fixed = format.getArgumentNames().isEmpty() ? format.format(Map.of()) : null;
    }

    /** The message with these named arguments. */
    String format(Map<String, Object> args) {
        if (fixed != null) return fixed;
        if (!rememberable(args)) return formatNow(args);
        String text = remembered.get(args);
        if (text == null) {
            text = formatNow(args);
            // A copy: the caller's map may change after the call.
            if (remembered.size() < REMEMBERED) remembered.putIfAbsent(Map.copyOf(args), text);
        }
        return text;
    }

    private String formatNow(Map<String, Object> args) {
        synchronized (format) {
            return format.format(args);
        }
    }

    private static boolean rememberable(Map<String, Object> args) {
        for (Map.Entry<String, Object> arg : args.entrySet()) {
            Object value = arg.getValue();
            if (arg.getKey() == null || !(value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }
}
