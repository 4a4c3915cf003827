package org.babelbake.quality;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Right-to-left pages as the bidi algorithm sees them: every piece of text with a strongly
 * left-to-right letter in it (a DOI, a URL, an English name or acronym) must sit in an
 * isolating element of its own direction, never loose in right-to-left text.
 */
class RightToLeftIT {
    @Test
    void everyLeftToRightRunInTheArabicPagesIsIsolated() {
        Path site = BuiltSite.folder();
        List<String> loose = new ArrayList<>();
        int pages = 0;
        int isolated = 0;
        for (Path file : TestSite.htmlPages(site)) {
            Document page = TestSite.parse(file);
            if (!"rtl".equals(page.selectFirst("html").attr("dir"))) continue;
            pages++;
            for (TextNode text : allText(page)) {
                if (!hasStrongLeftToRight(text.text()) || inScriptOrStyle(text)) continue;
                Element isolating = nearestIsolating(text);
                if (isolating == null || isolating.normalName().equals("html")
                        || "rtl".equals(isolating.attr("dir").toLowerCase(Locale.ROOT))) {
                    loose.add(site.relativize(file) + ": \"" + text.text().strip() + "\" in <" + text.parent().nodeName() + ">");
                } else {
                    isolated++;
                }
            }
        }
        assertTrue(pages >= 4, "right-to-left pages: " + pages);
        assertTrue(isolated >= 20, "isolated runs found: " + isolated);
        assertEquals(List.of(), loose);
    }

    private static List<TextNode> allText(Document page) {
        List<TextNode> texts = new ArrayList<>();
        page.body().traverse((node, depth) -> {
            if (node instanceof TextNode t) texts.add(t);
        });
        return texts;
    }

    /** The element that decides the text's direction: a bdi, or the nearest with dir. */
    private static Element nearestIsolating(TextNode text) {
        for (Element e = (Element) text.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("bdi") || e.hasAttr("dir")) return e;
        }
        return null;
    }

    private static boolean inScriptOrStyle(TextNode text) {
        for (Element e = (Element) text.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("script") || e.normalName().equals("style")) return true;
        }
        return false;
    }

    private static boolean hasStrongLeftToRight(String text) {
        return text.codePoints().anyMatch(c -> UCharacter.getDirection(c) == UCharacterDirection.LEFT_TO_RIGHT);
    }
}
