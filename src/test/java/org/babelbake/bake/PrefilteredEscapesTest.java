package org.babelbake.bake;

import com.vladsch.flexmark.ext.escaped.character.EscapedCharacterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Looking for escapes only in text with a backslash changes no HTML: escapes everywhere they can be, and text without one. */
class PrefilteredEscapesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Escapes: \\*not emphasis\\*, a \\\\ backslash, \\[brackets\\] and \\# hash.",
            "No escape at all: plain words, *emphasis*, `code`, & an entity &amp; and <b>html</b>.",
            "Escaped pipe in a table:\n\n| a \\| b | c |\n|---|---|\n| \\* | d |",
            "- item \\- one\n- item two\\\n  hard break",
            "Quotes \\\"kept\\\" and \"smart\", dashes \\-- and --, dots \\... and ...",
            "A [link \\] text](https://example.org/\\(x\\)) and ![alt \\*](a\\_b.png)",
            "Trailing backslash \\",
            "Русский \\*текст\\*, عربي \\_نص\\_, 中文\\`文字\\`.",
    })
    void theHtmlIsFlexmarksOwn(String markdown) {
        FlexmarkPair.assertSameHtml(PrefilteredEscapes::inPlaceOfEscapes, markdown);
    }

    @Test
    void randomMarkdownGivesTheSameHtml() {
        FlexmarkPair.assertSameOnRandomMarkdown(PrefilteredEscapes::inPlaceOfEscapes, 23);
    }

    @Test
    void flexmarksExtensionIsReplaced() {
        FlexmarkPair.assertReplaces(PrefilteredEscapes::inPlaceOfEscapes, EscapedCharacterExtension.class, PrefilteredEscapes.class);
    }
}
