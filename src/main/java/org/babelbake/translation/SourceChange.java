package org.babelbake.translation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.ibm.icu.util.ULocale;
import org.babelbake.content.SourcePart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed in a source file since a translation of it was stamped: the changed parts, each
 * with a word-level diff; or why that cannot be told (no git history, stamp not found in it).
 *
 * @param since       the commit the translation was made from, when it was found
 * @param parts       the changed parts, in the order of the file
 * @param unavailable why there is no diff, when there is none
 */
public record SourceChange(Optional<SourceHistory.Revision> since, List<PartChange> parts, Optional<String> unavailable) {
    public SourceChange {
        parts = List.copyOf(parts);
    }

    /** One changed part (or run of paragraphs) and its word diff. */
    public record PartChange(String label, List<WordDiff.Segment> diff) {
        public PartChange {
            diff = List.copyOf(diff);
        }
    }

    public static SourceChange unavailable(String why) {
        return new SourceChange(Optional.empty(), List.of(), Optional.of(why));
    }

    /** Header fields compared by name; body paragraphs aligned by a diff, so an inserted paragraph is one change. */
    public static SourceChange between(SourceHistory.Revision since, List<SourcePart> before, List<SourcePart> after,
                                       ULocale language) {
        List<PartChange> changes = new ArrayList<>();
        Map<String, String> oldFields = fields(before);
        Map<String, String> newFields = fields(after);
        Set<String> ids = new LinkedHashSet<>(newFields.keySet());
        ids.addAll(oldFields.keySet());
        for (String id : ids) {
            String old = oldFields.getOrDefault(id, "");
            String now = newFields.getOrDefault(id, "");
            if (!old.equals(now)) changes.add(new PartChange(new SourcePart(id, now).label(), WordDiff.of(old, now, language)));
        }
        List<SourcePart> oldBlocks = blocks(before);
        List<SourcePart> newBlocks = blocks(after);
        List<String> oldTexts = oldBlocks.stream().map(SourcePart::text).toList();
        List<String> newTexts = newBlocks.stream().map(SourcePart::text).toList();
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTexts, newTexts).getDeltas()) {
            int from = delta.getTarget().getPosition();
            List<SourcePart> labelled = delta.getTarget().size() > 0
                    ? newBlocks.subList(from, from + delta.getTarget().size())
                    : oldBlocks.subList(delta.getSource().getPosition(), delta.getSource().getPosition() + delta.getSource().size());
            String label = labelled.stream().map(SourcePart::label).collect(Collectors.joining(", "))
                    + (delta.getTarget().size() == 0 ? " (removed)" : "");
            changes.add(new PartChange(label, WordDiff.of(String.join("\n\n", delta.getSource().getLines()),
                    String.join("\n\n", delta.getTarget().getLines()), language)));
        }
        return new SourceChange(Optional.of(since), changes, Optional.empty());
    }

    private static Map<String, String> fields(List<SourcePart> parts) {
        return parts.stream().filter(p -> !p.id().startsWith("block."))
                .collect(Collectors.toMap(SourcePart::id, SourcePart::text, (a, b) -> a, LinkedHashMap::new));
    }

    private static List<SourcePart> blocks(List<SourcePart> parts) {
        return parts.stream().filter(p -> p.id().startsWith("block.")).toList();
    }
}
