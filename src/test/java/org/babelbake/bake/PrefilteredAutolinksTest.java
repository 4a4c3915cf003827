package org.babelbake.bake;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.Extension;
import org.jbake.parser.ParserContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Looking for links only where text could hold one changes no HTML: every case flexmark links, and near misses. */
class PrefilteredAutolinksTest {
    /** The pegdown flags of the example site's jbake.properties. */
    private static final int SITE = PegdownExtensions.AUTOLINKS | PegdownExtensions.FENCED_CODE_BLOCKS
            | PegdownExtensions.TABLES | PegdownExtensions.SMARTS | PegdownExtensions.QUOTES;
    private static final int ALL_BUT_ABBREVIATIONS = PegdownExtensions.ALL & ~PegdownExtensions.ABBREVIATIONS;

    @ParameterizedTest
    @ValueSource(strings = {
            "See https://example.org/a?b=c#d for more.",
            "Write to someone@example.org today, or to a.b+c@example.co.uk.",
            "Visit www.example.org now, not wwwexample or www alone.",
            "A scheme alone: http:// and ftp://",
            "An entity colon http&#58;//example.org/x and an entity at a&#64;example.org.",
            "Escaped: www\\.example\\.org and a\\@example.org and https\\://example.org",
            "Quoted \"https://example.org/q\" and 'www.example.org' and it's https://example.org/it's.",
            "Emphasis *https://example.org/e* and **mail@example.org** and _www.example.org_.",
            "No sign at all: \"quotes\" -- dashes... and an ellipsis, in a wow of words.",
            "A ratio 3:1, a time 10:30, an &amp; entity, then https://example.org/after.",
            "[https://shown.example.org](https://target.example.org) and `https://code.example.org`",
            "| a | b |\n|---|---|\n| https://example.org/t | mail@example.org |",
            "# Heading https://example.org/h\n\n- item www.example.org\n- item \"x\" y@example.org",
            "Русский текст https://example.org/ru и www.example.org.",
            "نص عربي https://example.org/ar و name@example.org.",
            "中文 https://example.org/zh 和 www.example.org。",
            "```\nhttps://fenced.example.org\n```\n\nAfter the fence: www.example.org",
            "line one\\\nhttps://example.org/after-break",
            "Write to o'brien@example.org or to \"quoted\"@example.org.",
            "Plain words before [a link](https://example.org/l), plain words after, then www.example.org.",
            "Dashes -- www.example.org... and \"quotes\" mail@example.org -- and https&#58;//example.org/joined",
            "Words *in emphasis* then https://example.org/e2 and `code: x` then a@example.org",
    })
    void theHtmlIsFlexmarksOwn(String markdown) {
        for (int flags : new int[]{SITE, ALL_BUT_ABBREVIATIONS}) {
            assertEquals(stock(flags, markdown), ours(flags, markdown), "flags " + flags + ": " + markdown);
        }
    }

    @Test
    void theLinksAreStillMade() {
        String html = ours(SITE, "See https://example.org/a and www.example.org and mail@example.org.");
        assertTrue(html.contains("<a href=\"https://example.org/a\">") && html.contains("<a href=\"http://www.example.org\">")
                && html.contains("<a href=\"mailto:mail@example.org\">"), html);
    }

    @Test
    void flexmarksAutolinksAreReplacedUnlessAbbreviationsOrderThemselvesAfterThem() {
        List<Extension> replaced = PrefilteredAutolinks.inPlaceOfAutolinks(Parser.EXTENSIONS.get(SharedParserMarkdownEngine.stockOptions(SITE)));
        assertTrue(replaced.stream().anyMatch(e -> e instanceof PrefilteredAutolinks));
        assertTrue(replaced.stream().noneMatch(e -> e instanceof AutolinkExtension));
        List<Extension> kept = PrefilteredAutolinks.inPlaceOfAutolinks(
                Parser.EXTENSIONS.get(SharedParserMarkdownEngine.stockOptions(SITE | PegdownExtensions.ABBREVIATIONS)));
        assertTrue(kept.stream().anyMatch(e -> e instanceof AutolinkExtension));
        assertTrue(kept.stream().noneMatch(e -> e instanceof PrefilteredAutolinks));
    }

    private static String stock(int flags, String markdown) {
        DataHolder options = SharedParserMarkdownEngine.stockOptions(flags);
        return decoded(HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown)));
    }

    private static String ours(int flags, String markdown) {
        ParserContext context = new ParserContext(null, List.of(), null, true);
        context.setBody(markdown);
        new SharedParserMarkdownEngine(flags).processBody(context);
        return decoded(context.getBody());
    }

    /** flexmark writes e-mail addresses as character references chosen at random; the build reads them as jsoup does. */
    private static String decoded(String html) {
        return Jsoup.parseBodyFragment(html).body().html();
    }
}
