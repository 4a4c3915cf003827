package org.babelbake.html;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A site's files as the build knows them, without reading a written page again: the paths it
 * wrote or will zip, and each page's ids from what was collected while the page was made.
 */
public final class KnownFiles implements SiteFiles {
    private final NavigableSet<String> files;
    private final Function<String, Set<String>> idsOf;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    /** @param idsOf the ids of one of the pages, asked at most once per page */
    public KnownFiles(Collection<String> files, Function<String, Set<String>> idsOf) {
        this.files = new TreeSet<>(files);
        this.idsOf = idsOf;
    }

    @Override
    public boolean isFile(String path) {
        return files.contains(path);
    }

    @Override
    public boolean isFolder(String path) {
        String folder = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        String next = files.ceiling(folder);
        return next != null && next.startsWith(folder);
    }

    @Override
    public Set<String> ids(String page) {
        return ids.computeIfAbsent(page, idsOf);
    }
}
