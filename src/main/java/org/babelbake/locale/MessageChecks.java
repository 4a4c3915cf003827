package org.babelbake.locale;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Checks a translated catalog against the source one: the same argument names, and plural
 * messages that give every CLDR plural category the language needs.
 */
public final class MessageChecks {
    private MessageChecks() {
    }

    /**
     * @param warnings receives what works but is probably a slip: a plural form for a category the
     *                 language never uses (it is never shown)
     */
    public static void check(MessageCatalog translated, MessageCatalog source, Problems problems, Consumer<Problem> warnings) {
        PluralRules rules = PluralRules.forLocale(translated.locale().ulocale());
        for (MessageCatalog.Message message : translated.messages().values()) {
            source.get(message.key()).ifPresent(original -> checkArguments(message, original, problems));
            checkPluralCategories(message, rules, translated.locale(), problems, warnings);
        }
    }

    private static void checkArguments(MessageCatalog.Message message, MessageCatalog.Message original, Problems problems) {
        Set<String> expected = new TreeSet<>(original.format().getArgumentNames());
        Set<String> actual = new TreeSet<>(message.format().getArgumentNames());
        if (expected.equals(actual)) return;
        Set<String> unknown = new TreeSet<>(actual);
        unknown.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        for (String name : missing) {
            String quoted = quotedArgument(message.pattern(), name);
            if (quoted != null) {
                problems.add(new Problem(message.file(), message.line(), "message \"" + message.key() + "\" shows "
                        + quoted + " as text: the apostrophes quote it, so {" + name + "} is not replaced; "
                        + "write an apostrophe as ’ (or as '' for a plain one), e.g. l’{" + name + "}"));
                return;
            }
        }
        StringBuilder what = new StringBuilder("message \"" + message.key() + "\"");
        if (!unknown.isEmpty()) what.append(" uses ").append(braces(unknown)).append(", which the source message does not have");
        if (!unknown.isEmpty() && !missing.isEmpty()) what.append(", and");
        if (!missing.isEmpty()) what.append(" leaves out ").append(braces(missing));
        what.append("; use the same arguments as ").append(original.file()).append(":").append(original.line())
                .append(": ").append(expected.isEmpty() ? "none" : braces(expected));
        problems.add(new Problem(message.file(), message.line(), what.toString()));
    }

    /** The quoted text that hides {@code {name}}, or null when it is not quoted. */
    private static String quotedArgument(String pattern, String name) {
        int at = pattern.indexOf("{" + name);
        while (at >= 0) {
            final int index = at;
            for (MessageSyntax.Quoted q : MessageSyntax.quoted(pattern)) {
                if (q.contains(index)) return pattern.substring(q.start(), q.end());
            }
            at = pattern.indexOf("{" + name, at + 1);
        }
        return null;
    }

    private static void checkPluralCategories(MessageCatalog.Message message, PluralRules rules, SiteLocale locale,
                                              Problems problems, Consumer<Problem> warnings) {
        MessagePattern pattern = new MessagePattern(message.pattern());
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != MessagePattern.ArgType.PLURAL) continue;
            Set<String> selectors = selectorsOf(pattern, i);
            List<String> used = LocaleFormats.inCldrOrder(rules.getKeywords());
            for (String selector : selectors) {
                if (selector.startsWith("=") || used.contains(selector)) continue;
                warnings.accept(new Problem(message.file(), message.line(), "warning: message \"" + message.key()
                        + "\" has a form for the plural category " + selector + ", which " + locale.tag()
                        + " does not use, so it is never shown; remove it (categories of " + locale.tag() + ": "
                        + String.join(", ", used) + ")"));
            }
            Set<String> missing = new LinkedHashSet<>();
            for (String category : LocaleFormats.inCldrOrder(rules.getKeywords())) {
                if (!covered(category, selectors, rules)) missing.add(category);
            }
            if (!missing.isEmpty()) {
                problems.add(new Problem(message.file(), message.line(), "message \"" + message.key()
                        + "\" has no form for the plural " + (missing.size() == 1 ? "category " : "categories ")
                        + String.join(", ", missing) + ", which " + locale.tag() + " needs; add "
                        + String.join(" ", missing.stream().map(c -> c + " {…}").toList())
                        + " (categories of " + locale.tag() + ": " + String.join(", ", LocaleFormats.inCldrOrder(rules.getKeywords())) + ")"));
            }
        }
    }

    private static Set<String> selectorsOf(MessagePattern pattern, int argStart) {
        Set<String> selectors = new LinkedHashSet<>();
        int limit = pattern.getLimitPartIndex(argStart);
        for (int j = argStart + 1; j < limit; j++) {
            MessagePattern.Part inner = pattern.getPart(j);
            if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                selectors.add(pattern.getSubstring(inner));
            } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                j = pattern.getLimitPartIndex(j);
            }
        }
        return selectors;
    }

    /** A category is covered by its keyword, or by explicit {@code =N} forms for all of its values. */
    private static boolean covered(String category, Set<String> selectors, PluralRules rules) {
        if (selectors.contains(category)) return true;
        Collection<Double> values = rules.getAllKeywordValues(category);
        if (values == null || values.isEmpty()) return false;
        return values.stream().allMatch(v -> selectors.contains("=" + (v == Math.rint(v) ? String.valueOf(v.longValue()) : v.toString())));
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
