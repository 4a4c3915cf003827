package org.babelbake.translation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The translation state of one locale. Pages and invalid keys are kept sorted by path and key:
 * the reports list them in that order, the same in every process.
 *
 * @param pages           every source content file (path inside the locale folder) and its state
 * @param missingMessages source keys this locale does not translate
 * @param invalidMessages keys whose translation is broken, with the reason
 * @param unusedMessages  keys this locale has that the source does not
 * @param outdatedMessages keys translated from a source text that has changed since
 * @param changes         for each outdated page, what changed in the source since it was stamped
 * @param oldStamps       pages stamped the old way (body only) from the current source: {@code stamp --upgrade} makes them translated
 */
public record LocaleStatus(String locale, Map<String, PageState> pages, List<String> missingMessages,
                           Map<String, String> invalidMessages, List<String> unusedMessages, List<String> outdatedMessages,
                           Map<String, SourceChange> changes, List<String> oldStamps) {
    public LocaleStatus {
        pages = Collections.unmodifiableSortedMap(new TreeMap<>(pages));
        missingMessages = List.copyOf(missingMessages);
        invalidMessages = Collections.unmodifiableSortedMap(new TreeMap<>(invalidMessages));
        unusedMessages = List.copyOf(unusedMessages);
        outdatedMessages = List.copyOf(outdatedMessages);
        changes = Collections.unmodifiableSortedMap(new TreeMap<>(changes));
        oldStamps = List.copyOf(oldStamps);
    }

    /** A status that knows no outdated UI strings, source changes or old stamps. */
    public LocaleStatus(String locale, Map<String, PageState> pages, List<String> missingMessages,
                        Map<String, String> invalidMessages, List<String> unusedMessages) {
        this(locale, pages, missingMessages, invalidMessages, unusedMessages, List.of(), Map.of(), List.of());
    }

    public long count(PageState state) {
        return pages.values().stream().filter(state::equals).count();
    }
}
