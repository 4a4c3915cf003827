package org.babelbake.page;

import org.babelbake.locale.Messages;

import java.util.List;
import java.util.Map;

/**
 * One page to render: where it goes, with which template and values, and which content files
 * its text comes from (to point problems found in the output back at them).
 */
public record PageJob(String path, String template, Map<String, Object> values, Messages messages,
                      List<String> sourceFiles) {
    public PageJob {
        values = Map.copyOf(values);
        sourceFiles = List.copyOf(sourceFiles);
    }

    /** What is left to know of a page once it is written: its values but the page's own data are dropped (they hold the text). */
    public PageJob written() {
        return new PageJob(path, template, values.containsKey("page") ? Map.of("page", values.get("page")) : Map.of(),
                messages, sourceFiles);
    }
}
