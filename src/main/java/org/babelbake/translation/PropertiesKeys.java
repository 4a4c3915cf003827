package org.babelbake.translation;

import org.babelbake.problem.Problems;
import org.babelbake.source.PropertiesSource;
import org.babelbake.source.SourceText;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The keys of a translation file by the line they are on, to name the key a problem is about. */
final class PropertiesKeys {
    private PropertiesKeys() {
    }

    static Map<Integer, String> byLine(Path siteRoot, Path file) {
        Map<Integer, String> keys = new TreeMap<>();
        PropertiesSource.parse(SourceText.read(siteRoot, file), new Problems())
                .values().forEach(entry -> keys.put(entry.line(), entry.key()));
        return keys;
    }
}
