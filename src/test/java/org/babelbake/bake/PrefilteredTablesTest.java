package org.babelbake.bake;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Looking for tables only in paragraphs with a pipe changes no HTML: tables of every shape, and near misses without a pipe. */
class PrefilteredTablesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "| a | b |\n|---|---|\n| c | d |",
            "a | b\n--- | ---\nc | d",
            "| left | centre | right |\n|:---|:---:|---:|\n| 1 | 2 | 3 |",
            "| one column |\n|---|\n| cell |",
            "Text before\n| a | b |\n|---|---|\n| c | d |\nand after, in one paragraph.",
            "| a | b |\n|---|---|\n| c | d |\n[A caption]",
            "| a \\| b | `c | d` |\n|---|---|\n| e | f |",
            "| a | b |\n|---|---|\n\nNo body rows, then a paragraph.",
            "Near misses without a pipe:\n---\n\na\n:-:\nb\n\na b\n--- ---\nc d\n\n[cap]\na\n---",
            "Pipes but no table: a | b and | c |\n\n|---\nnot a separator",
            "- a list\n- | in | items |\n\n> | quoted | table |\n> |---|---|\n> | x | y |",
            "Русский | текст\n---|---\nعربي | 中文",
    })
    void theHtmlIsFlexmarksOwn(String markdown) {
        FlexmarkPair.assertSameHtml(PrefilteredTables::inPlaceOfTables, markdown);
    }

    @Test
    void randomMarkdownGivesTheSameHtml() {
        FlexmarkPair.assertSameOnRandomMarkdown(PrefilteredTables::inPlaceOfTables, 29);
    }

    @Test
    void flexmarksTableFinderKeepsOnlyItsOptionsAndPattern() throws ClassNotFoundException {
        // Why one finder may serve every document with the same options, on any thread.
        assertEquals(Set.of("options", "TABLE_HEADER_SEPARATOR"), instanceFields(TableParagraphPreProcessor.class));
        assertEquals(PrefilteredTables.OPTIONS.size(),
                instanceFields(Class.forName("com.vladsch.flexmark.ext.tables.internal.TableParserOptions")).size(),
                "every option the finder reads is in PrefilteredTables.OPTIONS");
    }

    @Test
    void oneFinderServesDocumentsOnTwoThreads() {
        String table = "| a | b |\n|:---|---:|\n| c | d |\n\nText | between\n\nx | y\n--|--\n1 | ";
        for (int flags : FlexmarkPair.FLAG_SETS) {
            FlexmarkPair stock = FlexmarkPair.stock(flags);
            FlexmarkPair ours = FlexmarkPair.replaced(flags, PrefilteredTables::inPlaceOfTables);
            IntStream.range(0, 2000).parallel().forEach(n -> {
                String markdown = table + n;
                assertEquals(stock.html(markdown), ours.html(markdown), markdown);
            });
        }
    }

    private static Set<String> instanceFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).collect(Collectors.toSet());
    }

    @Test
    void flexmarksExtensionIsReplaced() {
        FlexmarkPair.assertReplaces(PrefilteredTables::inPlaceOfTables, TablesExtension.class, PrefilteredTables.class);
    }
}
