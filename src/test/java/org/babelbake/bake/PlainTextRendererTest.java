package org.babelbake.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing plain text as it is gives flexmark's own HTML, byte for byte, and text that is not plain takes flexmark's path. */
class PlainTextRendererTest {
    private static final DataHolder OPTIONS = SharedParserMarkdownEngine.stockOptions(FlexmarkPair.SITE);
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer STOCK = HtmlRenderer.builder(OPTIONS).build();
    private static final HtmlRenderer OURS = HtmlRenderer.builder(OPTIONS).nodeRendererFactory(PlainTextRenderer.FACTORY).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain words in a paragraph.",
            "Escapes: \\*not emphasis\\*, a \\\\ backslash, \\[brackets\\] and \\# hash.",
            "Entities: &amp; &lt; &gt; &quot; &#39; &#x2014; &copy; &notanentity; and a bare & sign.",
            "Signs to escape: a < b > c, \"double\" and 'single' quotes, 5 > 3 & 2 < 4.",
            "Line one\r\nline two\rline three\nline four\r",
            "Smarts -- and --- and ... and <<angle quotes>>.",
            "*Emphasis with & and <*, **strong with \"quotes\"**, `code with & < > \" \\`.",
            "A [link & title](https://example.org/a?b=1&c=2 \"Title & <more>\") and ![image <alt>](x.png).",
            "| a & b | c < d |\n|---|---|\n| \"e\" | f \\| g |",
            "- item & one\n- item \"two\"\n  continued < three",
            "Русский «текст» & знаки < >, عربي \"نص\", 中文「文字」& <符号>.",
            "Hard break with backslash\\\nnext line, and two spaces  \nnext.",
            "<span>inline html</span> & text, <!-- a comment --> then text.",
            "Trailing backslash \\",
    })
    void theHtmlIsFlexmarksOwn(String markdown) {
        Document document = PARSER.parse(markdown);
        assertEquals(STOCK.render(document), OURS.render(document), markdown);
    }

    /** Random text over an alphabet heavy in Markdown's and HTML's special characters. */
    @Test
    void randomTextGivesTheSameHtml() {
        String alphabet = "aaaa bbb  \n\n\r*_`\\&<>\"'#-+.!:;[]()|~=é中ع1234";
        Random random = new Random(17);
        for (int i = 0; i < 3000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(120); n > 0; n--) markdown.append(alphabet.charAt(random.nextInt(alphabet.length())));
            Document document = PARSER.parse(markdown.toString());
            assertEquals(STOCK.render(document), OURS.render(document), markdown.toString());
        }
    }

    @Test
    void textIsPlainOnlyWithoutSignsToUnescapeEscapeOrNormalise() {
        assertTrue(PlainTextRenderer.isPlain("Words, digits 123, 'single quotes', «guillemets» and 中文."));
        assertTrue(PlainTextRenderer.isPlain(""));
        for (String sign : new String[]{"\\", "&", "<", ">", "\"", "\r"}) {
            assertFalse(PlainTextRenderer.isPlain("before " + sign + " after"), sign);
        }
    }
}
