package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlFragmentTest {
    @Test
    void aParsedFragmentHandsItsOwnTreeToItsEditorAndIsWrittenOutOnce() {
        Element body = Jsoup.parseBodyFragment("<p>a &amp; <em>b</em></p>").body();
        HtmlFragment fragment = HtmlFragment.parsed(body);
        Element edited = fragment.edit();
        assertSame(body, edited);
        edited.appendElement("p").text("c");
        assertEquals("<p>a &amp; <em>b</em></p><p>c</p>", HtmlFragment.parsed(edited).html());
    }

    @Test
    void readingAFragmentWhoseTreeWasTakenUnreadFails() {
        HtmlFragment fragment = HtmlFragment.parsed(Jsoup.parseBodyFragment("<p>a</p>").body());
        fragment.edit().appendText("changed");
        IllegalStateException e = assertThrows(IllegalStateException.class, fragment::html);
        assertTrue(e.getMessage().contains("read the edited fragment"), e.getMessage());
        assertThrows(IllegalStateException.class, fragment::edit);
    }

    @Test
    void aFragmentReadBeforeItsTreeWasTakenKeepsWhatItSaid() {
        HtmlFragment fragment = HtmlFragment.parsed(Jsoup.parseBodyFragment("<p>a</p>").body());
        assertEquals("<p>a</p>", fragment.html());
        fragment.edit().appendText("changed");
        assertEquals("<p>a</p>", fragment.html());
        Element again = fragment.edit();
        assertEquals("<p>a</p>", again.html());
    }

    @Test
    void aTextFragmentIsParsedAnewForEveryEditorAndStaysAsItWas() {
        HtmlFragment fragment = new HtmlFragment("<p>a</p>");
        Element first = fragment.edit();
        first.appendText("changed");
        assertNotSame(first, fragment.edit());
        assertEquals("<p>a</p>", fragment.html());
    }

    @Test
    void aCopyAppendedElsewhereLeavesTheFragmentAsItWas() {
        for (HtmlFragment fragment : List.of(HtmlFragment.parsed(Jsoup.parseBodyFragment("<p>a <em>b</em></p>").body()),
                new HtmlFragment("<p>a <em>b</em></p>"))) {
            Element section = Jsoup.parse("<section></section>").selectFirst("section");
            fragment.appendCopyTo(section);
            section.selectFirst("em").text("changed");
            assertEquals("<p>a <em>changed</em></p>", section.html());
            assertEquals("<p>a <em>b</em></p>", fragment.html());
        }
    }

    @Test
    void mayHaveLooksInTheTreeOrTheText() {
        assertTrue(HtmlFragment.parsed(Jsoup.parseBodyFragment("<p><img src=a.png alt=x></p>").body()).mayHave("img"));
        assertEquals(false, HtmlFragment.parsed(Jsoup.parseBodyFragment("<p>&lt;img</p>").body()).mayHave("img"));
        assertTrue(new HtmlFragment("<img src=a.png alt=x>").mayHave("img"));
    }

    @Test
    void cleanMarkdownHtmlComesWithItsParsedTreeSoTheNextStepNeedsNoParse() {
        HtmlSanitizer.Cleaned cleaned = new HtmlSanitizer().clean("<p>IMNM <a href=\"https://example.org\">x</a></p>");
        assertEquals(List.of(), cleaned.removed());
        Element body = cleaned.html().edit();
        new ExternalLinks("(external site)", "en", "ltr").mark(body, "en");
        assertThrows(IllegalStateException.class, cleaned.html()::html); // the tree itself was changed: no copy was parsed
        assertEquals("<p>IMNM <a href=\"https://example.org\" class=\"external\" rel=\"external\">x <span class=\"external-note\">"
                + "(external site)</span></a></p>", HtmlFragment.parsed(body).html());
    }

    @Test
    void htmlThatLostMarkupInCleaningIsTextAgainSoSplitWordsAreOneText() {
        HtmlSanitizer.Cleaned cleaned = new HtmlSanitizer().clean("<p>necro<script>x</script>tizing</p>");
        assertEquals(1, cleaned.removed().size());
        Element body = cleaned.html().edit();
        assertEquals(1, body.selectFirst("p").textNodes().size());
        assertEquals("<p>necrotizing</p>", cleaned.html().html());
    }
}
