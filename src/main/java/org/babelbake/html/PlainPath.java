package org.babelbake.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A link target that is a plain relative path (ASCII letters and digits, {@code - . _ ~ /}; not
 * starting with {@code /}), as nearly every link a site makes of its own pages is: it has no
 * scheme, query, fragment or escape, so it needs neither a {@code URI} parse nor file-system
 * paths to resolve. At 2,100 pages a build checks about 15,000 distinct such targets (every
 * page's language list is its own).
 */
final class PlainPath {
    private PlainPath() {
    }

    static boolean is(String target) {
        if (target.isEmpty() || target.charAt(0) == '/') return false;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (!plain) return false;
        }
        return true;
    }

    /**
     * The file {@code path} leads to from {@code page}, both '/'-separated from the site's root,
     * as a normalised file path gives it ({@code .} and empty names dropped, {@code ..} going up);
     * null when it goes above the root, where the root's own name and those above it count (a
     * link may climb out and come back in): the caller then resolves it as file paths.
     */
    static String resolve(String page, String path) {
        List<String> names = new ArrayList<>(List.of(page.split("/")));
        names.remove(names.size() - 1); // the page's own name: links start from its folder
        names.removeIf(String::isEmpty);
        for (String name : path.split("/")) {
            if (name.isEmpty() || name.equals(".")) continue;
            if (!name.equals("..")) {
                names.add(name);
            } else if (names.isEmpty()) {
                return null;
            } else {
                names.remove(names.size() - 1);
            }
        }
        return String.join("/", names);
    }
}
