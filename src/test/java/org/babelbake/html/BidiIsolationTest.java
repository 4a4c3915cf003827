package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BidiIsolationTest {
    private static String isolated(String bodyHtml) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        BidiIsolation.isolate(doc.body(), true);
        return doc.body().html();
    }

    @Test
    void aDoiInsideAnArabicSentenceIsOneIsolatedRunWithoutTheSentencesFullStop() {
        assertEquals("انظر <bdi dir=\"ltr\">doi:10.1007/s11926-018-0732-6</bdi>.",
                isolated("انظر doi:10.1007/s11926-018-0732-6."));
    }

    @Test
    void englishLinkTextIsIsolatedInsideTheLinkAndTheArabicNoteStaysOutside() {
        assertEquals("ابحث في <a href=\"https://www.mda.org/\"><bdi dir=\"ltr\">MDA’s Clinical Trials Finder Tool</bdi> "
                        + "<span>(موقع خارجي)</span></a>.",
                isolated("ابحث في <a href=\"https://www.mda.org/\">MDA’s Clinical Trials Finder Tool <span>(موقع خارجي)</span></a>."));
    }

    @Test
    void aNumberBeforeItsLatinUnitJoinsTheRunAndBracketsItOpensAreClosedInside() {
        assertEquals("جرعة <bdi dir=\"ltr\">10 mg</bdi> يوميا", isolated("جرعة 10 mg يوميا"));
        assertEquals("الأجسام المضادة (<bdi dir=\"ltr\">anti-HMGCR (IgG)</bdi>) هنا",
                isolated("الأجسام المضادة (anti-HMGCR (IgG)) هنا"));
    }

    @Test
    void arabicAndArabicDigitsAloneAreLeftAsTheyAre() {
        assertEquals("نشر عام 2023 في ٣ مجلات", isolated("نشر عام 2023 في ٣ مجلات"));
        assertEquals(List.of(), BidiIsolation.runs("نشر عام 2023"));
        assertEquals(List.of(new BidiIsolation.Run(4, 8)), BidiIsolation.runs("مرض IMNM"));
    }

    @Test
    void textAlreadyInALeftToRightElementIsNotWrappedAgain() {
        String html = "المرجع <span lang=\"en\" dir=\"ltr\">Dalakas MC. N Engl J Med.</span> <bdi>IMNM</bdi>";
        assertEquals(html, isolated(html));
    }

    @Test
    void onlyPagesWhoseRootIsRightToLeftAreRewritten() {
        assertTrue(BidiIsolation.needed(Jsoup.parse("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"RTL\">")));
        assertFalse(BidiIsolation.needed(Jsoup.parse("<html lang=\"en\" dir=\"ltr\"><a dir=\"rtl\">العربية</a>")));
        assertFalse(BidiIsolation.needed(Jsoup.parse("<p>no direction</p>")));
        String page = BidiIsolation.page("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>IMNM</title></head>"
                + "<body><p>مرض IMNM نادر</p></body></html>");
        assertTrue(page.contains("<title>IMNM</title>"), page);
        assertTrue(page.contains("<p>مرض <bdi dir=\"ltr\">IMNM</bdi> نادر</p>"), page);
    }
}
