package org.babelbake.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
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
     * A rendered page split at its marks, once: its runs of text, each with the marks around it,
     * from which every edition's version is joined.
     */
    public static final class Marked {
        private final List<String> runs;
        private final List<List<String>> marks;
        /** Each run in UTF-8, encoded when first asked for; not thread-safe, as a page is made in one thread. */
        private final byte[][] utf8;

        private Marked(List<String> runs, List<List<String>> marks) {
            this.runs = runs;
            this.marks = marks;
            this.utf8 = new byte[runs.size()][];
        }

        /**
         * The runs {@code scope} keeps, by index: editions that keep the same runs have the same
         * page, so a page's versions are told apart without building or comparing their text.
         */
        public BitSet kept(Scope scope) {
            BitSet kept = new BitSet(runs.size());
            for (int i = 0; i < runs.size(); i++) {
                if (keepsAll(scope, marks.get(i))) kept.set(i);
            }
            return kept;
        }

        /** The page made of these runs, in UTF-8; each run is encoded once, whatever the number of editions. */
        public byte[] utf8(BitSet kept) {
            return utf8(kept, 0, runs.size());
        }

        /** The runs of {@code kept} from index {@code from} to {@code to} (exclusive), in UTF-8. */
        public byte[] utf8(BitSet kept, int from, int to) {
            int length = 0;
            for (int i = kept.nextSetBit(from); i >= 0 && i < to; i = kept.nextSetBit(i + 1)) {
                length += utf8(i).length;
            }
            byte[] page = new byte[length];
            int at = 0;
            for (int i = kept.nextSetBit(from); i >= 0 && i < to; i = kept.nextSetBit(i + 1)) {
                System.arraycopy(utf8[i], 0, page, at, utf8[i].length);
                at += utf8[i].length;
            }
            return page;
        }

        /** One run in UTF-8. */
        public byte[] utf8(int run) {
            if (utf8[run] == null) utf8[run] = runs.get(run).getBytes(StandardCharsets.UTF_8);
            return utf8[run];
        }

        /** The longest run (in characters) that every edition keeps, having no mark around it (perhaps empty); -1 if there is none. */
        public int longestUnmarked() {
            int longest = -1;
            for (int i = 0; i < runs.size(); i++) {
                if (marks.get(i).isEmpty() && (longest < 0 || runs.get(i).length() > runs.get(longest).length())) longest = i;
            }
            return longest;
        }
    }

    /**
     * Splits a rendered page at its marks, checking that they pair up and are known.
     *
     * @throws IllegalArgumentException saying what is wrong (a template's mistake)
     */
    public static Marked split(String html) {
        List<String> runs = new ArrayList<>();
        List<List<String>> marks = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        Scope known = Scope.of(true, true, Set.of()); // throws for a mark it does not know
        int at = 0;
        while (true) {
            int start = html.indexOf(START, at);
            int end = html.indexOf(END, at);
            int mark = start < 0 ? end : end < 0 ? start : Math.min(start, end);
            runs.add(html.substring(at, mark < 0 ? html.length() : mark));
            marks.add(List.copyOf(open));
            if (mark < 0) break;
            if (mark == start) {
                int close = html.indexOf(CLOSE, start + START.length());
                if (close < 0) throw new IllegalArgumentException("an <!--edition: mark is not closed with -->");
                String name = html.substring(start + START.length(), close);
                known.keeps(name);
                open.addLast(name);
                at = close + CLOSE.length();
            } else {
                if (open.isEmpty()) throw new IllegalArgumentException("an <!--/edition--> mark closes no <!--edition:...--> mark");
                open.removeLast();
                at = end + END.length();
            }
        }
        if (!open.isEmpty()) throw new IllegalArgumentException("an <!--edition:...--> mark is never closed with <!--/edition-->");
        return new Marked(List.copyOf(runs), List.copyOf(marks));
    }

    /** Whether {@code scope} keeps a part inside all these marks. */
    static boolean keepsAll(Scope scope, List<String> marks) {
        for (String mark : marks) {
            if (!scope.keeps(mark)) return false;
        }
        return true;
    }

    /**
     * Walks a parsed page, where the marks are comments, telling each other node the marks
     * around it, outermost first; {@code tail} is the end of a node's subtree.
     */
    abstract static class MarkedWalk implements NodeVisitor {
        private final Deque<String> open = new ArrayDeque<>();
        private List<String> marks = List.of();

        abstract void visit(Node node, int depth, List<String> marks);

        @Override
        public final void head(Node node, int depth) {
            if (node instanceof Comment comment && comment.getData().startsWith("edition:")) {
                open.addLast(comment.getData().substring("edition:".length()));
            } else if (node instanceof Comment comment && comment.getData().equals("/edition")) {
                if (!open.isEmpty()) open.removeLast();
            } else {
                visit(node, depth, marks);
                return;
            }
            marks = List.copyOf(open);
        }
    }

    /** Removes from a parsed page the parts {@code scope} does not keep (the page read for the search index). */
    public static void prune(Document page, Scope scope) {
        List<Node> dropped = new ArrayList<>();
        page.traverse(new MarkedWalk() {
            private int droppedDepth = -1; // the depth of the dropped node being walked through, or -1

            @Override
            void visit(Node node, int depth, List<String> marks) {
                if (droppedDepth < 0 && !(node instanceof Document) && !keepsAll(scope, marks)) {
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
