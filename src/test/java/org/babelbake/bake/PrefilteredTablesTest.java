package org.babelbake.bake;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void flexmarksExtensionIsReplaced() {
        FlexmarkPair.assertReplaces(PrefilteredTables::inPlaceOfTables, TablesExtension.class, PrefilteredTables.class);
    }
}
