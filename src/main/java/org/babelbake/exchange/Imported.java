package org.babelbake.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exchange file as read back: its units with the line each is on, and whether the translator
 * confirmed each one as made from the exported source (not fuzzy in PO, past {@code initial} or
 * already current in XLIFF).
 *
 * @param file        the file's name as given, for {@code FILE:LINE:} messages
 * @param translators {@code translation.by} per content file, from the file's translator fields
 */
record Imported(String file, String tag, Map<String, String> translators, List<Entry> entries) {
    Imported {
        translators = Map.copyOf(translators);
        entries = List.copyOf(entries);
    }

    /**
     * One unit read back; {@code status} is empty when the format says nothing (a new PO translation).
     *
     * @param column 1-based column where the target's text starts on {@code line}, or 0 when the
     *               target does not stand on that line as it is (several lines, escapes)
     */
    record Entry(Unit unit, boolean current, Optional<String> status, int line, int column) {
    }
}
