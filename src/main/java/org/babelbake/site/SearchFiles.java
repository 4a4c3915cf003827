package org.babelbake.site;

import org.babelbake.locale.Messages;
import org.babelbake.page.PageInfo;
import org.babelbake.page.PageJob;
import org.babelbake.problem.Problems;
import org.babelbake.search.IndexedPage;
import org.babelbake.search.SearchIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Writes each locale's search index ({@code <tag>/search-index.js}, {@code <tag>/search-text.js})
 * from the pages just written, and copies them into offline copies: the copies' content pages
 * have the same paths inside a locale's folder, so one index serves the site and every copy.
 */
final class SearchFiles {
    static final String INDEX = "search-index.js";
    static final String TEXT = "search-text.js";
    /** Results shown at most; the status then says that only the first ones are listed. */
    static final int SHOWN = 20;
    /** Pages that only lead elsewhere (homes, downloads, language choice, 404, news list): nothing to find there. */
    private static final Set<String> NOT_INDEXED = Set.of("home", "downloads", "chooser", "start", "notFound", "news");

    private SearchFiles() {
    }

    /** @param read the text of every indexed online page, by path, read while each was made */
    static void write(LoadedSite loaded, Path folder, Map<String, IndexedPage> read, Problems problems) {
        loaded.locales().parallelStream().forEach(locale -> {
            String prefix = locale.tag() + "/";
            Map<String, IndexedPage> pages = new TreeMap<>(); // by path: the index's order
            read.forEach((path, page) -> {
                if (path.startsWith(prefix)) pages.put(path, page);
            });
            List<IndexedPage> indexed = new ArrayList<>(pages.values());
            SearchIndex index = SearchIndex.build(locale.tag(), indexed);
            List<String> counts = counts(loaded.messages().get(locale.tag()), problems);
            // Streamed: a locale's search text is megabytes, which as one string would burden the collector.
            PageWriter.write(folder.resolve(prefix + INDEX), index::writeIndexScript);
            PageWriter.write(folder.resolve(prefix + TEXT), out -> index.writeTextScript(counts, out));
        });
    }

    /** Whether a page's text goes into the index: every kind but those that only lead elsewhere. */
    static boolean indexed(PageJob job) {
        return job.values().get("page") instanceof PageInfo info && !NOT_INDEXED.contains(info.kind());
    }

    /** {@code counts[n]}: "n results" for 0 to {@link #SHOWN}; the last: the first {@link #SHOWN} of more. */
    private static List<String> counts(Messages messages, Problems problems) {
        try {
            List<String> counts = new ArrayList<>(IntStream.rangeClosed(0, SHOWN)
                    .mapToObj(n -> messages.format("search.results", "count", n).text()).toList());
            counts.add(messages.format("search.many", "count", SHOWN).text());
            return counts;
        } catch (Messages.MissingMessageException e) {
            problems.add(messages.sourceFile(), 0, e.getMessage()
                    + " (e.g. search.results={count, plural, =0 {No results} one {# result} other {# results}})");
            return List.of();
        }
    }
}
