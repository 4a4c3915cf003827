package org.babelbake.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown link that names its address, {@code [text][name]} or {@code [name][]}, and whose
 * name the file does not define itself: the article's {@code link.NAME} headers must give it.
 *
 * @param written the link as written, for messages
 * @param name    the name it uses
 * @param line    its line in the file
 */
public record NamedLink(String written, String name, int line) {
    /** Not {@code [text](url)}, not an image, not an escaped bracket. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![!\\\\])\\[([^\\]\\n]+)\\]\\[([^\\]\\n]*)\\]");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[([^\\]\\n]+)\\]:");

    /** The named links of a body that starts on line {@code bodyLine} of its file. */
    static List<NamedLink> in(String body, int bodyLine) {
        if (!body.contains("][")) return List.of(); // most bodies: no scan with the look-behind pattern
        Set<String> defined = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Matcher definition = DEFINITION.matcher(body);
        while (definition.find()) defined.add(definition.group(1).strip());
        List<NamedLink> links = new ArrayList<>();
        Matcher use = REFERENCE.matcher(body);
        int line = bodyLine;
        int counted = 0;
        while (use.find()) {
            String name = (use.group(2).isBlank() ? use.group(1) : use.group(2)).strip();
            if (defined.contains(name)) continue;
            for (; counted < use.start(); counted++) if (body.charAt(counted) == '\n') line++;
            links.add(new NamedLink("[" + use.group(1) + "][" + use.group(2) + "]", name, line));
        }
        return links;
    }
}
