package org.babelbake.translation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two texts: ICU word boundaries for the source language (so it works for
 * scripts without spaces too), Myers' algorithm from java-diff-utils over the words.
 */
public final class WordDiff {
    private WordDiff() {
    }

    /** One run of the diff: text both versions have, or text only the old or the new one has. */
    public record Segment(Kind kind, String text) {
        public enum Kind { SAME, REMOVED, ADDED }
    }

    /** The segments that turn {@code before} into {@code after}; adjacent runs of one kind are merged. */
    public static List<Segment> of(String before, String after, ULocale language) {
        List<String> old = words(before, language);
        List<String> now = words(after, language);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            add(segments, Segment.Kind.SAME, old.subList(position, delta.getSource().getPosition()));
            add(segments, Segment.Kind.REMOVED, delta.getSource().getLines());
            add(segments, Segment.Kind.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Segment.Kind.SAME, old.subList(position, old.size()));
        return joinAcrossSpaces(segments);
    }

    /**
     * Two changes separated only by a space read as one: "[-experience-]{+with+} {+IMNM feel+}"
     * becomes "[-experience -]{+with IMNM feel+}", as a person would mark it.
     */
    private static List<Segment> joinAcrossSpaces(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            boolean between = i > 0 && i < segments.size() - 1 && segments.get(i + 1).kind() != Segment.Kind.SAME
                    && (removed.length() > 0 || added.length() > 0);
            if (segment.kind() == Segment.Kind.SAME && !(between && segment.text().isBlank())) {
                flush(out, removed, added);
                out.add(segment);
            } else if (segment.kind() == Segment.Kind.SAME) {
                removed.append(segment.text());
                added.append(segment.text());
            } else {
                (segment.kind() == Segment.Kind.REMOVED ? removed : added).append(segment.text());
            }
        }
        flush(out, removed, added);
        return List.copyOf(out);
    }

    private static void flush(List<Segment> out, StringBuilder removed, StringBuilder added) {
        if (removed.length() > 0) out.add(new Segment(Segment.Kind.REMOVED, removed.toString()));
        if (added.length() > 0) out.add(new Segment(Segment.Kind.ADDED, added.toString()));
        removed.setLength(0);
        added.setLength(0);
    }

    /** Plain text in git's {@code --word-diff=plain} notation: {@code [-removed-]{+added+}}. */
    public static String plain(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            switch (segment.kind()) {
                case SAME -> out.append(segment.text());
                case REMOVED -> out.append("[-").append(segment.text()).append("-]");
                case ADDED -> out.append("{+").append(segment.text()).append("+}");
            }
        }
        return out.toString();
    }

    /** Words, spaces and punctuation as ICU segments them; joined they give the text back. */
    static List<String> words(String text, ULocale language) {
        BreakIterator boundaries = BreakIterator.getWordInstance(language);
        boundaries.setText(text);
        List<String> words = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            words.add(text.substring(start, end));
        }
        return words;
    }

    private static void add(List<Segment> segments, Segment.Kind kind, List<String> words) {
        if (words.isEmpty()) return;
        String text = String.join("", words);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
