package org.babelbake.content;

import org.babelbake.problem.Problems;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * The web addresses an article cites by name: {@code link.NAME=https://...} in its
 * {@code index.md}, written in the Markdown of any locale as {@code [text][NAME]}. An address is
 * given once for all locales; a translation's {@code index.md} may point a name at a page in its
 * own language instead.
 *
 * @param addresses  address by name
 * @param definedIn  the source {@code index.md}, named in problems
 */
public record LinkTargets(Map<String, String> addresses, String definedIn) {

    public LinkTargets {
        // Sorted: the definitions and the names in messages come out in the same order in every process.
        addresses = Collections.unmodifiableSortedMap(new TreeMap<>(addresses));
    }

    /** The names of the source's {@code index.md}, replaced by those the locale's own {@code index.md} gives. */
    static LinkTargets of(ContentFile sourceIndex, ContentFile ownIndex) {
        Map<String, String> addresses = new TreeMap<>(named(sourceIndex));
        if (ownIndex != null) addresses.putAll(named(ownIndex));
        return new LinkTargets(addresses, sourceIndex.name());
    }

    private static Map<String, String> named(ContentFile index) {
        Map<String, String> named = new TreeMap<>();
        index.headers().forEach((key, value) -> {
            Matcher m = HeaderRules.LINK_KEY.matcher(key);
            if (m.matches()) named.put(m.group(1), value.value());
        });
        return named;
    }

    /** Markdown link reference definitions for every name, to append to a body before it is rendered. */
    public String definitions() {
        StringBuilder markdown = new StringBuilder();
        addresses.forEach((name, address) -> markdown.append("\n[").append(name).append("]: <").append(address).append(">\n"));
        return markdown.toString();
    }

    /** Reports each {@code [text][name]} of the file whose name is neither given here nor defined in the file itself. */
    void checkUses(ContentFile file, Problems problems) {
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        known.addAll(addresses.keySet());
        for (NamedLink link : file.namedLinks()) {
            if (known.contains(link.name())) continue;
            problems.add(file.name(), link.line(), "link " + link.written() + " names \"" + link.name()
                    + "\", which no link.NAME gives; add link." + link.name().toLowerCase(Locale.ROOT)
                    + "=https://... to " + definedIn + (known.isEmpty() ? "" : " or use one of " + String.join(", ", addresses.keySet())));
        }
    }
}
