package org.babelbake.bake;

import com.vladsch.flexmark.parser.PegdownExtensions;
import org.babelbake.html.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * flexmark's document written straight into jsoup nodes is the tree jsoup parses from
 * flexmark's HTML: node for node, each run of text one node, attributes in order. Or it is
 * not written (null), and the build parses flexmark's HTML as before.
 */
class MarkdownTreeTest {
    private static final SharedParserMarkdownEngine SITE = new SharedParserMarkdownEngine(FlexmarkPair.SITE);

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain text, with a comma. And “quotes” from the source.",
            "Para *em* **strong** `code  with   spaces` \"quoted\" 'single' -- --- ... a&b a &amp; b &copy; &#169; &#x1F600;",
            "line one\nline two  \nafter a hard break\\\nand a backslash break",
            "- a\n- b\n  - nested\n  - more\n- c\n\n1. one\n2. two\n\n3. three, loose",
            "1. x\n\n   second paragraph\n\n2. y",
            "> quoted\n> > twice\n\n> - a list\n> - in a quote",
            "# One\n## Two\n### Three *em*\n\nSetext\n======\n\nAnother\n---",
            "| a | b |\n|:---|---:|\n| c | d |\n| e |\n\n| Left | Centre | Right |\n|:---|:---:|---:|\n| 1 | 2 | 3 |",
            "| a | b |\n|---|---|\n| c | d |\n[A caption]",
            "```java\nint x = 1 < 2;\n\n\n  indented\n```\n\n```\nno language\n```\n\n~~~\ntildes\n~~~",
            "---\n\n***\n\ntext",
            "https://example.org/a and www.example.org and someone@example.org and <https://example.org/b> and <me@example.org>",
            "[inline](https://example.org \"Title\") [empty title](/x \"\") [ref][r] [r] [missing][nope] [also missing]\n\n[r]: /u \"T\"",
            "![alt *em*](i.png \"title\") ![ref image][img] ![missing][none]\n\n[img]: /i.png",
            "Escapes: \\* \\_ \\` \\\\ \\[ \\] \\# \\| and \\&amp;",
            "[a link with *em* and `code`](/p) and [a [nested] bracket](/q)",
            "Русский текст, عربي نص, 中文文本, ελληνικά.",
            "Text\n\n\n\nafter blank lines\n\n    an indented code block",
            "a\n\n- \n- item after an empty one\n\n* [ ] task?",
            "- one\n  - two\n    - three\n\n      loose three\n  - two again\n- one again\n\n  1. ordered inside\n  2. more",
            "| `code` | *em* and **strong** | [link](/x) |\n|---|:---:|---|\n| https://example.org/t | a \\| b | ![i](/i.png) |",
            "## A heading with [a link](/h) and `code`\n\n> | in | quote |\n> |---|---|\n> | a | b |\n>\n> ```\n> quoted code\n> ```",
            "- item with code:\n\n  ```sh\n  echo hi\n  ```\n- next",
            "snake_case_words and *emph*asis in**side** words, [spaces](/with%20spaces \"t\") and [a](/b 'single')",
            "See https://example.org/x. Or (https://example.org/y), mail a.b@example.org, and non&nbsp;breaking&nbsp;spaces.",
            "[![image in a link](/i.png)](/target) and ![alt with `code` and *em*](/j.png)",
            "Smart \"quotes\" in 'single', it's 1990's -- and --- and ... and <<guillemets>>",
    })
    void theTreeIsJsoupsParseOfFlexmarksHtml(String markdown) {
        assertTrue(assertSame(SITE, markdown), "written as a tree: " + markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>raw html</b> inline", "<div>\nblock html\n</div>", "[a link](<url with spaces>), read as a tag",
            "Text <!-- a comment --> and more", "<!-- a comment block -->"})
    void rawHtmlIsLeftToFlexmark(String markdown) {
        assertFalse(assertSame(SITE, markdown), "left to flexmark: " + markdown);
    }

    @Test
    void randomMarkdownGivesTheSameTreeOrNone() {
        String[] pieces = {"word", "words here", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "|", " | ", "---", ":--", "--:", "-", ":",
                "\\", "\\*", "*", "**", "_", "`", "&amp;", "&copy;", "&#32;", "&#0;", "&", "<", ">", "\"", "'",
                "...", "--", "[", "]", "(", ")", "[x]: /u", "[x]", "![", "https://example.org/x", "www.", "a@b.org", "> ", "- ",
                "1. ", "2) ", "# ", "## ", "```", "~~~", "    ", "中文", "عربي", "\u00a0", "  \n"};
        assertSameOnRandomMarkdown(pieces, 17, 0.7);
        // Raw HTML is flexmark's to write: such documents are compared when they are written at all.
        String[] withHtml = Arrays.copyOf(pieces, pieces.length + 3);
        withHtml[pieces.length] = "<b>";
        withHtml[pieces.length + 1] = "</b>";
        withHtml[pieces.length + 2] = "<div>\n";
        assertSameOnRandomMarkdown(withHtml, 18, 0.3);
    }

    /** The trees are the same for documents of {@code pieces}, and at least {@code share} of them are written as trees. */
    private static void assertSameOnRandomMarkdown(String[] pieces, long seed, double share) {
        Random random = new Random(seed);
        int written = 0;
        int runs = 3000;
        for (int i = 0; i < runs; i++) {
            if (assertSame(SITE, FlexmarkPair.randomMarkdown(random, pieces))) written++;
        }
        // The comparison means something only if enough documents are written as trees.
        assertTrue(written >= share * runs, written + " of " + runs + " written as trees");
    }

    @Test
    void theExampleSitesMarkdownIsWrittenAsTrees() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 20, files.toString());
        for (Path file : files) {
            String text = Files.readString(file);
            int separator = text.indexOf("~~~~~~\n");
            String body = separator < 0 ? text : text.substring(separator + 7);
            if (body.isBlank()) continue;
            assertTrue(assertSame(SITE, body), file + " is written as a tree");
        }
    }

    @Test
    void otherExtensionsTakeFlexmarksPath() {
        SharedParserMarkdownEngine all = new SharedParserMarkdownEngine(PegdownExtensions.ALL & ~PegdownExtensions.ABBREVIATIONS);
        assertNull(all.render("Some *text*.", HtmlSanitizer.BASE).tree());
        assertEquals("<p>Some <em>text</em>.</p>\n", all.render("Some *text*.", HtmlSanitizer.BASE).html());
        assertNotNull(SITE.render("Some *text*.", HtmlSanitizer.BASE).tree());
    }

    /** Asserts the two trees are the same where a tree is written; whether it was. */
    private static boolean assertSame(SharedParserMarkdownEngine engine, String markdown) {
        SharedParserMarkdownEngine.Output output = engine.render(markdown, HtmlSanitizer.BASE);
        Document tree = output.tree();
        if (tree == null) {
            assertEquals(FlexmarkPair.decoded(engine.toHtml(markdown)), FlexmarkPair.decoded(output.html()), markdown);
            return false;
        }
        Document parsed = Jsoup.parseBodyFragment(HtmlSanitizer.alignmentAsClass(engine.toHtml(markdown)), HtmlSanitizer.BASE);
        assertEquals(dump(parsed.body()), dump(tree.body()), markdown);
        assertEquals(parsed.body().html(), tree.body().html(), markdown);
        assertEquals(HtmlSanitizer.BASE, tree.body().baseUri());
        return true;
    }

    /** Every node with its bounds: a text split in two, or two run together, shows. */
    private static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, out);
        return out.toString();
    }

    private static void dump(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append('[').append(text.getWholeText()).append(']');
        } else if (node instanceof Element element) {
            out.append('<').append(element.tagName());
            for (Attribute attribute : element.attributes()) out.append(' ').append(attribute.getKey()).append("=\"").append(attribute.getValue()).append('"');
            out.append('>');
            for (Node child : element.childNodes()) dump(child, out);
            out.append("</").append(element.tagName()).append('>');
        } else {
            out.append("{").append(node.nodeName()).append(':').append(node.outerHtml()).append('}');
        }
    }
}
