package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExternalLinksTest {
    private static String mark(String html, String textLang) {
        Document document = Jsoup.parseBodyFragment(html);
        new ExternalLinks("(موقع خارجي)", "ar", "rtl").mark(document.body(), textLang);
        return document.body().html();
    }

    @Test
    void linksThatLeaveTheSiteGetANoteInThePageLanguage() {
        assertEquals("<p><a href=\"https://www.mda.org/x\" class=\"external\" rel=\"external\">MDA <span class=\"external-note\">"
                + "(موقع خارجي)</span></a></p>", mark("<p><a href=\"https://www.mda.org/x\">MDA</a></p>", "ar"));
    }

    @Test
    void inTextOfAnotherLanguageTheNoteCarriesItsOwnLanguageAndDirection() {
        assertEquals("<a href=\"http://example.org\" class=\"external\" rel=\"external\">MDA <span class=\"external-note\" "
                + "lang=\"ar\" dir=\"rtl\">(موقع خارجي)</span></a>", mark("<a href=\"http://example.org\">MDA</a>", "en"));
    }

    @Test
    void linksInsideTheSiteAndMailLinksAreLeftAlone() {
        String html = "<a href=\"glossary.html#term-x\">x</a> <a href=\"#causes\">c</a> <a href=\"mailto:a@b.org\">m</a>";
        assertEquals(html, mark(html, "ar"));
    }
}
