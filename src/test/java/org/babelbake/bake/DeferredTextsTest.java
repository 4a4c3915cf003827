package org.babelbake.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain text put back after rendering gives flexmark's own HTML, and a placeholder that does not come out once each is refused. */
class DeferredTextsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Plain words in a paragraph, long enough to be deferred.",
            "# A heading of plain words\n\nA paragraph after it.\n\n## Another heading",
            "Soft line\nbreaks between\nplain lines, and a hard one  \nhere, and\\\nthere.",
            "- a list item of plain words\n- another item\n  continued on a second line\n\n1. numbered\n2. items too",
            "> A quotation of plain words\n> on two lines\n\n    an indented code block\n    of plain words",
            "```\nfenced code of plain words\n  indented inside\n```",
            "Emphasis: *plain words inside*, **strong plain words** and `code span words`.",
            "A [link of plain words](https://example.org/x) and ![an image of words](x.png), then https://example.org/auto.",
            "| header words | more header words |\n|---|---|\n| cell of plain words | another cell |",
            "Spaces   inside   plain   words, and trailing spaces   \nat a line end.",
            "Русский текст из слов, عربي نص من الكلمات, 中文的文字内容很长。",
            "Entities &amp; &#x2014; &#1; and words around them.",
            "Signs \u0001 and \u0002 in the source, with plain words around them.",
            "A fake placeholder \u00010\u0002 written by hand, among plain words.",
            "Text with a footnote[^1] in plain words.\n\n[^1]: The footnote in plain words.",
            "[TOC]\n\n# A heading of plain words\n\nText under the heading.",
            "Term of plain words\n: Its definition in plain words",
            "*[HTML]: Hyper Text Markup Language\n\nAbbreviations in HTML words.",
    })
    void theHtmlIsFlexmarksOwn(String markdown) {
        for (int flags : FlexmarkPair.FLAG_SETS) {
            assertEquals(FlexmarkPair.stock(flags).html(markdown),
                    FlexmarkPair.decoded(new SharedParserMarkdownEngine(flags).toHtml(markdown)), "flags " + flags + ": " + markdown);
        }
    }

    @Test
    void randomMarkdownGivesTheSameHtml() {
        String[] pieces = {"plain words", "longerwords", "word", " ", "  ", "\t", "\n", "\n\n", "    ", "*", "_", "`", "\\", "&amp;",
                "&#1;", "\u0001", "\u0002", "0", "<b>", "\"", "[", "](https://example.org/x)", "https://example.org/y", "> ",
                "- ", "1. ", "# ", "```", "|", "---", "中文文字内容", "عربي نص طويل", "[^1]", "[^1]: ", "[TOC]"};
        Random random = new Random(29);
        for (int flags : FlexmarkPair.FLAG_SETS) {
            FlexmarkPair stock = FlexmarkPair.stock(flags);
            SharedParserMarkdownEngine ours = new SharedParserMarkdownEngine(flags);
            for (int i = 0; i < 1500; i++) {
                String text = FlexmarkPair.randomMarkdown(random, pieces);
                assertEquals(stock.html(text), FlexmarkPair.decoded(ours.toHtml(text)), "flags " + flags + ": " + text);
            }
        }
    }

    @Test
    void eachPlaceholderIsFilledWithItsText() {
        DeferredTexts deferred = new DeferredTexts();
        String first = deferred.write("first text");
        String second = deferred.write("second text");
        assertEquals("<p>second text</p><p>first text</p>", deferred.fill("<p>" + second + "</p><p>" + first + "</p>"));
    }

    @Test
    void placeholdersThatDoNotComeOutOnceEachAreRefused() {
        DeferredTexts deferred = new DeferredTexts();
        String first = deferred.write("first text");
        String second = deferred.write("second text");
        assertNull(deferred.fill("<p>" + first + "</p>"), "one missing");
        assertNull(deferred.fill(first + second + first), "one twice");
        assertNull(deferred.fill(first + second + "\u00017\u0002"), "one unknown");
        assertNull(deferred.fill(first + second + "\u0001x\u0002"), "one not a number");
        assertNull(deferred.fill(first + second + "\u0001"), "one not closed");
    }

    @Test
    void spacesAndTabsAtEitherEndAreWrittenAsTheyAre() {
        DeferredTexts deferred = new DeferredTexts();
        assertEquals(" \t\u00010\u0002  ", deferred.write(" \tplain words  "));
        assertEquals("\u00011\u0002", deferred.write("plain words"));
        assertEquals("short ", deferred.write("short "), "shorter than its placeholder is worth");
        assertEquals("a line\nend inside", deferred.write("a line\nend inside"));
        assertEquals("   ", deferred.write("   "));
        assertEquals(" \tplain words  |plain words", deferred.fill(" \t\u00010\u0002  |\u00011\u0002"));
    }

    @Test
    void sourcesThatCouldWriteThePlaceholdersSignAreRenderedWithoutPlaceholders() {
        assertFalse(DeferredTexts.allowedIn("a source with &#1; in it"));
        assertFalse(DeferredTexts.allowedIn("a source with \u0001 in it"));
        assertTrue(DeferredTexts.allowedIn("a source with &amp; in it"));
    }
}
