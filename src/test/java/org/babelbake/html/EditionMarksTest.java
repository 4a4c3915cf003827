package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    /** The page as an edition writes it: the runs it keeps, joined as UTF-8 bytes. */
    private static String in(String page, EditionMarks.Scope scope) {
        EditionMarks.Marked marked = EditionMarks.split(page);
        return text(marked.utf8(marked.kept(scope)));
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Test
    void eachEditionKeepsItsPartsAndNoMarks() {
        assertEquals("<p>a</p><p><a href=\"downloads.html\">d</a></p><ul><li><a href=\"en.html\">en</a></li>"
                + "<li><a href=\"es.html\" id=\"to-es\">es</a></li></ul><a href=\"../index.html\">choose</a>",
                in(PAGE, ONLINE));
        assertEquals("<p>a</p><p>as of</p>", in(PAGE, ENGLISH_COPY), "one language: no switcher, no choice");
        assertEquals("<p>a</p><p>as of</p><ul><li><a href=\"en.html\">en</a></li><li><a href=\"es.html\" id=\"to-es\">es</a></li></ul>",
                in(PAGE, SPANISH_COPY));
        assertEquals("<p>plain</p>", in("<p>plain</p>", ENGLISH_COPY));
    }

    @Test
    void editionsThatKeepTheSamePartsShareOneVersionOfTheSameBytes() {
        String page = "<p>Señal “a”</p><!--edition:lang:ar--><a>العربية</a><!--/edition--><!--edition:lang:zh-Hans--><a>简体中文 😀</a>"
                + "<!--/edition--><p>fin</p>";
        EditionMarks.Marked marked = EditionMarks.split(page);
        EditionMarks.Scope arabic = EditionMarks.Scope.of(false, false, Set.of("en", "ar"));
        EditionMarks.Scope all = EditionMarks.Scope.of(false, true, Set.of("en", "ar", "zh-Hans"));
        assertEquals(marked.kept(arabic), marked.kept(EditionMarks.Scope.of(true, true, Set.of("ar", "es"))),
                "the same parts kept: the same version");
        assertNotEquals(marked.kept(arabic), marked.kept(all));
        // Encoded run by run, the version is the bytes of its text encoded whole.
        assertArrayEquals("<p>Señal “a”</p><a>العربية</a><a>简体中文 😀</a><p>fin</p>".getBytes(StandardCharsets.UTF_8),
                marked.utf8(marked.kept(all)));
        assertArrayEquals("<p>Señal “a”</p><a>العربية</a><p>fin</p>".getBytes(StandardCharsets.UTF_8), marked.utf8(marked.kept(arabic)));
    }

    /** A version is what it keeps before the longest unmarked run, that run, and what it keeps after it. */
    @Test
    void theLongestUnmarkedRunSplitsEveryVersionInThree() {
        String page = "<head>h</head><!--edition:many--><nav>languages</nav><!--/edition--><main>the long article text</main>"
                + "<!--edition:choice--><a>choose</a><!--/edition--><footer>f</footer>";
        EditionMarks.Marked marked = EditionMarks.split(page);
        int longest = marked.longestUnmarked();
        assertEquals("<main>the long article text</main>", text(marked.utf8(longest)));
        for (EditionMarks.Scope scope : List.of(ONLINE, ENGLISH_COPY, SPANISH_COPY)) {
            BitSet kept = marked.kept(scope);
            String joined = text(marked.utf8(kept, 0, longest)) + text(marked.utf8(longest))
                    + text(marked.utf8(kept, longest + 1, Integer.MAX_VALUE));
            assertEquals(in(page, scope), joined);
        }
        EditionMarks.Marked allMarked = EditionMarks.split("<!--edition:many--><nav>only marked</nav><!--/edition-->");
        assertEquals(0, allMarked.utf8(allMarked.longestUnmarked()).length, "nothing unmarked: the longest such run is empty");
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
