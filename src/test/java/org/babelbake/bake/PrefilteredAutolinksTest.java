package org.babelbake.bake;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.util.misc.Extension;
import org.jbake.parser.ParserContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Looking for links only where text could hold one changes no HTML: every case flexmark links, and near misses. */
class PrefilteredAutolinksTest {
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
        for (int flags : FlexmarkPair.FLAG_SETS) {
            assertEquals(FlexmarkPair.stock(flags).html(markdown), ours(flags, markdown), "flags " + flags + ": " + markdown);
        }
    }

    @Test
    void theLinksAreStillMade() {
        String html = ours(FlexmarkPair.SITE, "See https://example.org/a and www.example.org and mail@example.org.");
        assertTrue(html.contains("<a href=\"https://example.org/a\">") && html.contains("<a href=\"http://www.example.org\">")
                && html.contains("<a href=\"mailto:mail@example.org\">"), html);
    }

    @Test
    void flexmarksAutolinksAreReplacedUnlessAbbreviationsOrderThemselvesAfterThem() {
        FlexmarkPair.assertReplaces(PrefilteredAutolinks::inPlaceOfAutolinks, AutolinkExtension.class, PrefilteredAutolinks.class);
        List<Extension> kept = PrefilteredAutolinks.inPlaceOfAutolinks(
                Parser.EXTENSIONS.get(SharedParserMarkdownEngine.stockOptions(FlexmarkPair.SITE | PegdownExtensions.ABBREVIATIONS)));
        assertTrue(kept.stream().anyMatch(e -> e instanceof AutolinkExtension));
        assertTrue(kept.stream().noneMatch(e -> e instanceof PrefilteredAutolinks));
    }

    private static String ours(int flags, String markdown) {
        ParserContext context = new ParserContext(null, List.of(), null, true);
        context.setBody(markdown);
        new SharedParserMarkdownEngine(flags).processBody(context);
        return FlexmarkPair.decoded(context.getBody());
    }
}
