package org.babelbake.html;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sanitizer's own "would cleaning keep everything" gives jsoup's Cleaner.isValid answer, without its copy. */
class HtmlSanitizerTest {
    private static final List<String> TAGS = List.of("p", "a", "img", "em", "strong", "code", "pre", "table", "tr", "th", "td",
            "section", "aside", "abbr", "dfn", "h2", "ul", "ol", "li", "span", "div", "script", "style", "iframe", "svg", "math",
            "form", "input", "noscript", "template", "font", "object", "textarea", "title", "body", "head");
    private static final List<String> ATTRIBUTES = List.of("href", "href", "src", "src", "id", "class", "title", "lang", "dir",
            "onclick", "style", "align", "rel", "hreflang", "reversed", "alt", "width", "colspan", "xmlns", "data-x");
    private static final List<String> VALUES = List.of("https://example.org/a", "http://x.org", "#causes", "../en/index.html",
            "glossary.html", "mailto:a@b.org", "tel:+441", "sms:1", "javascript:alert(1)", " JaVaScRiPt:x", "data:text/html,x",
            "ftp://x.org", "//x.org/a", "vbscript:x", "x y", "", "left", "language-java", "ar", "rtl");
    private static final List<String> OTHER = List.of("text ", "&amp; &lt;x&gt; ", "<!-- a comment -->", "<![CDATA[x]]>",
            "<?xml version=\"1.0\"?>", "<!DOCTYPE html>", "</p>", "</div>", "\u00a0", "<br>", "<hr>");

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private boolean jsoupKeepsAll(Document document) {
        return new Cleaner(sanitizer.safelist()).isValid(document);
    }

    @Test
    void randomMarkupIsJudgedAsJsoupJudgesIt() {
        Random random = new Random(17);
        int kept = 0;
        int dropped = 0;
        for (int n = 0; n < 3000; n++) {
            String html = randomHtml(random);
            boolean expected = jsoupKeepsAll(HtmlSanitizer.parse(html));
            assertEquals(expected, sanitizer.keepsAll(HtmlSanitizer.parse(html)), html);
            if (expected) kept++;
            else dropped++;
        }
        assertTrue(kept > 300 && dropped > 300, "both answers are tried often: " + kept + " kept, " + dropped + " dropped");
    }

    @Test
    void markdownsUsualHtmlIsKeptAndAnythingCleaningDropsIsNot() {
        for (String clean : List.of("<p>IMNM <a href=\"https://example.org\">x</a></p>", "<h2 id=\"causes\">Causes</h2>",
                "<table><thead><tr><th class=\"align-center\">a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>",
                "<pre><code class=\"language-java\">x &lt; y</code></pre>", "<p><img src=\"images/a.png\" alt=\"a\"></p>",
                "<ol reversed><li><a href=\"#ref-1\">1</a></li></ol>", "")) {
            assertTrue(sanitizer.keepsAll(HtmlSanitizer.parse(clean)), clean);
            assertTrue(jsoupKeepsAll(HtmlSanitizer.parse(clean)), clean);
        }
        for (String dirty : List.of("<p>a<script>x</script></p>", "<p onclick=\"x\">a</p>", "<a href=\"javascript:x\">a</a>",
                "<p>a<!-- c --></p>", "<p style=\"color:red\">a</p>", "<iframe src=\"https://x.org\"></iframe>",
                "<img src=\"data:image/png;base64,AA\">", "<div><span><em><strong><svg></svg></strong></em></span></div>")) {
            assertFalse(sanitizer.keepsAll(HtmlSanitizer.parse(dirty)), dirty);
            assertFalse(jsoupKeepsAll(HtmlSanitizer.parse(dirty)), dirty);
        }
    }

    @Test
    void dataOutsideAnAllowedElementAndAnythingInTheHeadAreDropped() {
        // No parse makes these (data is only met inside script and style); built by hand, as a template or a later step could.
        Document dataInParagraph = HtmlSanitizer.parse("<p>a</p>");
        dataInParagraph.selectFirst("p").appendChild(new DataNode("x"));
        Document dataInBody = HtmlSanitizer.parse("<p>a</p>");
        dataInBody.body().appendChild(new DataNode("x"));
        Document withHead = HtmlSanitizer.parse("<p>a</p>");
        withHead.head().appendElement("meta");
        for (Document document : List.of(dataInParagraph, dataInBody, withHead)) {
            assertEquals(jsoupKeepsAll(document), sanitizer.keepsAll(document), document.html());
        }
        assertTrue(sanitizer.keepsAll(dataInParagraph));
        assertFalse(sanitizer.keepsAll(dataInBody));
        assertFalse(sanitizer.keepsAll(withHead));
    }

    private static String randomHtml(Random random) {
        StringBuilder html = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        // Most documents are built from allowed markup only, so that "kept" is common and one bad part decides.
        boolean onlySafe = random.nextInt(3) > 0;
        for (int i = 0; i < parts; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                String tag = pick(random, onlySafe ? TAGS.subList(0, 20) : TAGS);
                html.append('<').append(tag);
                int attributes = random.nextInt(3);
                for (int a = 0; a < attributes; a++) {
                    String name = pick(random, onlySafe ? ATTRIBUTES.subList(0, 9) : ATTRIBUTES);
                    String value = pick(random, onlySafe ? VALUES.subList(0, 8) : VALUES);
                    html.append(' ').append(name).append("=\"").append(value).append('"');
                }
                html.append('>').append("text").append(random.nextBoolean() ? "</" + tag + ">" : "");
            } else if (kind < 8 || onlySafe) {
                html.append("plain text ");
            } else {
                html.append(pick(random, OTHER));
            }
        }
        return html.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
