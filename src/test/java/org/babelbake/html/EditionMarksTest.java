package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rendering, cut for each edition: what each keeps, and a template's mistakes named. */
class EditionMarksTest {
    private static final String PAGE = "<p>a</p><!--edition:online--><p><a href=\"downloads.html\">d</a></p><!--/edition-->"
            + "<!--edition:offline--><p>as of</p><!--/edition--><!--edition:many--><ul>"
            + "<!--edition:lang:en--><li><a href=\"en.html\">en</a></li><!--/edition-->"
            + "<!--edition:lang:es--><li><a href=\"es.html\" id=\"to-es\">es</a></li><!--/edition--></ul><!--/edition-->"
            + "<!--edition:choice--><a href=\"../index.html\">choose</a><!--/edition-->";
    private static final EditionMarks.Scope ONLINE = EditionMarks.Scope.of(true, true, Set.of("en", "es", "fr"));
    private static final EditionMarks.Scope ENGLISH_COPY = EditionMarks.Scope.of(false, false, Set.of("en"));
    private static final EditionMarks.Scope SPANISH_COPY = EditionMarks.Scope.of(false, false, Set.of("en", "es"));

    @Test
    void eachEditionKeepsItsPartsAndNoMarks() {
        assertEquals("<p>a</p><p><a href=\"downloads.html\">d</a></p><ul><li><a href=\"en.html\">en</a></li>"
                + "<li><a href=\"es.html\" id=\"to-es\">es</a></li></ul><a href=\"../index.html\">choose</a>",
                EditionMarks.split(PAGE).in(ONLINE));
        assertEquals("<p>a</p><p>as of</p>", EditionMarks.split(PAGE).in(ENGLISH_COPY), "one language: no switcher, no choice");
        assertEquals("<p>a</p><p>as of</p><ul><li><a href=\"en.html\">en</a></li><li><a href=\"es.html\" id=\"to-es\">es</a></li></ul>",
                EditionMarks.split(PAGE).in(SPANISH_COPY));
        assertEquals("<p>plain</p>", EditionMarks.split("<p>plain</p>").in(ENGLISH_COPY));
    }

    @Test
    void linksAndIdsAreCollectedWithTheirMarksFromOneParse() {
        PageLinks links = PageLinks.of(Jsoup.parse(PAGE));
        assertEquals(List.of("downloads.html", "en.html", "es.html", "../index.html"),
                links.references().stream().map(PageLinks.Reference::target).toList());
        assertEquals(List.of(), links.in(ENGLISH_COPY), "one language: no switcher, no choice page");
        assertEquals(List.of("en.html", "es.html"), links.in(SPANISH_COPY).stream().map(PageLinks.Reference::target).toList());
        assertEquals(Set.of("to-es"), links.idsIn(SPANISH_COPY));
        assertEquals(Set.of(), links.idsIn(ENGLISH_COPY));
    }

    @Test
    void pruningAParsedPageLeavesWhatTheEditionShows() {
        Document page = Jsoup.parse(PAGE);
        EditionMarks.prune(page, ONLINE);
        assertFalse(page.body().text().contains("as of"), "the offline wording is not indexed for the online site");
        assertTrue(page.body().text().startsWith("a d en es"), page.body().text());
    }

    @Test
    void unpairedAndUnknownMarksAreATemplatesMistake() {
        IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class,
                () -> EditionMarks.split("<!--edition:online--><p>x</p>"));
        assertTrue(unclosed.getMessage().contains("never closed"), unclosed.getMessage());
        IllegalArgumentException stray = assertThrows(IllegalArgumentException.class, () -> EditionMarks.split("<p>x</p><!--/edition-->"));
        assertTrue(stray.getMessage().contains("closes no"), stray.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> EditionMarks.split("<!--edition:onlin--><p>x</p><!--/edition-->"));
        assertTrue(unknown.getMessage().contains("unknown edition mark \"onlin\"; use online, offline"), unknown.getMessage());
    }
}
