package org.babelbake.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an export file holds and an import reads back: one locale's units, and who translated
 * each content file.
 *
 * @param tag         the locale, a BCP 47 tag ({@code pt-BR})
 * @param sourceTag   the source locale
 * @param translators {@code translation.by} of each content file, by path inside the locale folder
 * @param revised     the newest {@code translation.date} of the locale's content, if any
 */
record Exchange(String tag, String sourceTag, Map<String, String> translators, Optional<String> revised, List<Unit> units) {
    Exchange {
        translators = Map.copyOf(translators);
        units = List.copyOf(units);
    }

    /** The translator named most often, for formats that have one translator per file (PO's Last-Translator). */
    Optional<String> mainTranslator() {
        Map<String, Long> counts = translators.values().stream()
                .collect(Collectors.groupingBy(name -> name, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** gettext's spelling of a tag: {@code pt_BR}. */
    static String gettextName(String tag) {
        return tag.replace('-', '_');
    }

    /** A tag as platforms write it ({@code pt_BR}) in BCP 47 ({@code pt-BR}). */
    static String bcp47(String name) {
        return name.replace('_', '-');
    }
}
