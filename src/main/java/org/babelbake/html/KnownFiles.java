package org.babelbake.html;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A site's files as the build knows them, without reading a written page again: the paths it
 * wrote or will zip, and each page's ids from what was collected while the page was made.
 */
public final class KnownFiles implements SiteFiles {
    private final Set<String> files;
    /** Every folder that holds a file, as {@code a/b/}, and the site's own as {@code ""}: each link asks, so a lookup, not a search. */
    private final Set<String> folders = new HashSet<>();
    private final Function<String, Set<String>> idsOf;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    /** @param idsOf the ids of one of the pages, asked at most once per page */
    public KnownFiles(Collection<String> files, Function<String, Set<String>> idsOf) {
        this.files = new HashSet<>(files);
        this.idsOf = idsOf;
        if (!this.files.isEmpty()) folders.add("");
        for (String file : this.files) {
            for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash + 1));
            }
        }
    }

    @Override
    public boolean isFile(String path) {
        return files.contains(path);
    }

    @Override
    public boolean isFolder(String path) {
        return folders.contains(path.isEmpty() || path.endsWith("/") ? path : path + "/");
    }

    @Override
    public Set<String> ids(String page) {
        return ids.computeIfAbsent(page, idsOf);
    }
}
