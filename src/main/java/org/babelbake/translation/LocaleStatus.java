package org.babelbake.translation;

import java.util.List;
import java.util.Map;

/**
 * The translation state of one locale.
 *
 * @param pages           every source content file (path inside the locale folder) and its state
 * @param missingMessages source keys this locale does not translate
 * @param invalidMessages keys whose translation is broken, with the reason
 * @param unusedMessages  keys this locale has that the source does not
 */
public record LocaleStatus(String locale, Map<String, PageState> pages, List<String> missingMessages,
                           Map<String, String> invalidMessages, List<String> unusedMessages) {
    public LocaleStatus {
        pages = Map.copyOf(pages);
        missingMessages = List.copyOf(missingMessages);
        invalidMessages = Map.copyOf(invalidMessages);
        unusedMessages = List.copyOf(unusedMessages);
    }

    public long count(PageState state) {
        return pages.values().stream().filter(state::equals).count();
    }
}
