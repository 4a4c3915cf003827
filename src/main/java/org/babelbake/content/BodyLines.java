package org.babelbake.content;

import java.util.List;
import java.util.Locale;

/** Finds the line of a content file that wrote something seen in its rendered HTML, for problems. */
public final class BodyLines {
    private BodyLines() {
    }

    /**
     * The 1-based line of the file on which the body first shows one of {@code needles} (tried in
     * order, ignoring case), or the first line of the body when none is found.
     */
    public static int lineOf(ContentFile file, String body, List<String> needles) {
        String[] lines = body.split("\n", -1);
        for (String needle : needles) {
            String wanted = needle.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].toLowerCase(Locale.ROOT).contains(wanted)) return file.bodyLine() + i;
            }
        }
        return file.bodyLine();
    }
}
