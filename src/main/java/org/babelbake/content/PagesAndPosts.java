package org.babelbake.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pages and news posts of every locale, with their text: there are few of them, and every
 * edition of the site (online, each offline copy) shows all of them.
 *
 * @param pages by locale tag, in id order; every locale has every source page (its own or a fallback)
 * @param posts by locale tag, newest first; the same posts in every locale
 */
public record PagesAndPosts(Map<String, List<Localized<PlainPage>>> pages, Map<String, List<Localized<NewsPost>>> posts) {
    public PagesAndPosts {
        pages = copy(pages);
        posts = copy(posts);
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> byLocale) {
        Map<String, List<T>> copy = new TreeMap<>();
        byLocale.forEach((tag, list) -> copy.put(tag, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    public List<Localized<PlainPage>> pages(String locale) {
        return pages.getOrDefault(locale, List.of());
    }

    public List<Localized<NewsPost>> posts(String locale) {
        return posts.getOrDefault(locale, List.of());
    }

    public Optional<Localized<PlainPage>> page(String locale, String id) {
        return pages(locale).stream().filter(p -> p.value().id().equals(id)).findFirst();
    }

    public boolean hasNews() {
        return posts.values().stream().anyMatch(l -> !l.isEmpty());
    }
}
