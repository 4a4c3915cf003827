package org.babelbake.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The parts of a page that differ between the online site and its offline copies, marked in the
 * rendered HTML so that each page is rendered once and every edition's bytes are cut from it.
 * A template wraps such a part in {@code <!--edition:MARK-->…<!--/edition-->} (layout.ftl's
 * {@code only} macro); marks may nest, and a part is kept where every mark around it is:
 * <ul>
 * <li>{@code online}: the online site only (the downloads link);</li>
 * <li>{@code offline}: the offline copies only ("as of DATE" where online says "now");</li>
 * <li>{@code choice}: where the site has its language choice page (online, the all-languages copy);</li>
 * <li>{@code many}: where the edition has more than one language (the language switcher);</li>
 * <li>{@code lang:TAG}: where the edition has the language TAG (a switcher entry).</li>
 * </ul>
 */
public final class EditionMarks {
    static final String START = "<!--edition:";
    static final String END = "<!--/edition-->";
    private static final String CLOSE = "-->";

    /** Which marked parts an edition keeps. */
    @FunctionalInterface
    public interface Scope {
        boolean keeps(String mark);

        /** Every part; the marks themselves go too. */
        Scope ALL = mark -> true;

        /**
         * An edition of a site.
         *
         * @param online    the online site, rather than an offline copy
         * @param choice    whether it has the language choice page
         * @param languages the tags of the languages it has
         */
        static Scope of(boolean online, boolean choice, Set<String> languages) {
            Set<String> tags = Set.copyOf(languages);
            return mark -> switch (mark) {
                case "online" -> online;
                case "offline" -> !online;
                case "choice" -> choice;
                case "many" -> tags.size() > 1;
                default -> {
                    if (mark.startsWith("lang:")) yield tags.contains(mark.substring("lang:".length()));
                    throw new IllegalArgumentException("unknown edition mark \"" + mark
                            + "\"; use online, offline, choice, many or lang:TAG");
                }
            };
        }
    }

    private EditionMarks() {
    }

    /**
     * Checks that a rendered page's marks pair up and are known.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void check(String html) {
        if (html.contains(START) || html.contains(END)) cut(html, Scope.of(true, true, Set.of()));
    }

    /** Whether a page has marked parts, so that its editions can differ. */
    public static boolean present(String html) {
        return html.contains(START);
    }

    /**
     * The page as {@code scope} has it: the parts it does not keep removed, all marks removed.
     *
     * @throws IllegalArgumentException when the marks do not pair up (a template's mistake)
     */
    public static String cut(String html, Scope scope) {
        int next = html.indexOf(START);
        if (next < 0) {
            if (html.contains(END)) throw new IllegalArgumentException("an <!--/edition--> mark closes no <!--edition:...--> mark");
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        Deque<Boolean> open = new ArrayDeque<>();
        int dropping = 0; // how many of the open marks are not kept
        int at = 0;
        while (at < html.length()) {
            int start = html.indexOf(START, at);
            int end = html.indexOf(END, at);
            int mark = start < 0 ? end : end < 0 ? start : Math.min(start, end);
            if (mark < 0) {
                if (dropping == 0) out.append(html, at, html.length());
                break;
            }
            if (dropping == 0) out.append(html, at, mark);
            if (mark == start) {
                int close = html.indexOf(CLOSE, start + START.length());
                if (close < 0) throw new IllegalArgumentException("an <!--edition: mark is not closed with -->");
                boolean kept = scope.keeps(html.substring(start + START.length(), close));
                open.push(kept);
                if (!kept) dropping++;
                at = close + CLOSE.length();
            } else {
                if (open.isEmpty()) throw new IllegalArgumentException("an <!--/edition--> mark closes no <!--edition:...--> mark");
                if (!open.pop()) dropping--;
                at = end + END.length();
            }
        }
        if (!open.isEmpty()) throw new IllegalArgumentException("an <!--edition:...--> mark is never closed with <!--/edition-->");
        return out.toString();
    }

    /** The mark a comment node opens, or {@code null}; {@code ""} for a closing mark. */
    static String markOf(Node node) {
        if (!(node instanceof Comment comment)) return null;
        String data = comment.getData();
        if (data.startsWith("edition:")) return data.substring("edition:".length());
        return data.equals("/edition") ? "" : null;
    }

    /** Removes from a parsed page the parts {@code scope} does not keep (the page read for the search index). */
    public static void prune(Document page, Scope scope) {
        List<Node> dropped = new ArrayList<>();
        page.traverse(new NodeVisitor() {
            private final Deque<Boolean> open = new ArrayDeque<>();
            private int dropping;
            private int droppedDepth = -1; // the depth of the dropped node being walked through, or -1

            @Override
            public void head(Node node, int depth) {
                String mark = markOf(node);
                if (mark != null && !mark.isEmpty()) {
                    boolean kept = scope.keeps(mark);
                    open.push(kept);
                    if (!kept) dropping++;
                } else if (mark != null) {
                    if (!open.isEmpty() && !open.pop()) dropping--;
                } else if (dropping > 0 && droppedDepth < 0) {
                    dropped.add(node);
                    droppedDepth = depth;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (depth == droppedDepth) droppedDepth = -1;
            }
        });
        dropped.forEach(Node::remove);
    }
}
