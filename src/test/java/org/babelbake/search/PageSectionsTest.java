package org.babelbake.search;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a written page gives the search index: its text blocks, grouped under what a result jumps to. */
class PageSectionsTest {
    private static List<String> sections(String body) {
        IndexedPage page = PageSections.read(Jsoup.parse("<html lang=de><head><title>Site</title></head><body>" + body), "a/page.html");
        return page.sections().stream()
                .map(s -> s.fragment() + "|" + s.title() + "|" + s.language() + "|" + s.text())
                .toList();
    }

    @Test
    void blocksOfASectionAreJoinedUnderItsIdAndFirstHeading() {
        assertEquals(List.of("|Title|de|Title", "s1|One|de|One first second", "s2|Two|de|Two third"),
                sections("<main><h1>Title</h1>"
                        + "<section id=s1><h2>One</h2><p>first</p><p>second</p></section>"
                        + "<section id=s2><h2>Two</h2><p>third</p></section></main>"));
    }

    @Test
    void aHeadingWithAnIdOutsideSectionsStartsAPart() {
        assertEquals(List.of("|Title|de|Title intro", "h|Heading|de|Heading text No id more"),
                sections("<main><h1>Title</h1><p>intro</p><h2 id=h>Heading</h2><p>text</p><h3>No id</h3><p>more</p></main>"));
    }

    @Test
    void navigationAsidesFootersNoticesAndScriptsAreLeftOut() {
        assertEquals(List.of("s|S|de|S kept also kept"),
                sections("<nav><p>site menu</p></nav><main><section id=s><h2>S</h2>"
                        + "<nav><ul><li>contents</li></ul></nav><aside><p>key words</p></aside>"
                        + "<p>kept <span class=external-note>(opens elsewhere)</span></p>"
                        + "<p class=notice>draft notice</p><div class=search><p>search box</p></div>"
                        + "<p>also kept</p><footer><p>footer</p></footer><template><p>x</p></template></section></main>"
                        + "<footer><p>page footer</p></footer>"));
    }

    @Test
    void aListItemHoldingAListIsReadThroughItsInnerBlocks() {
        assertEquals(List.of("s|S|de|S inner one inner two last"),
                sections("<main><section id=s><h2>S</h2><ul>"
                        + "<li><p>inner one</p><ul><li>inner two</li></ul></li><li>last</li></ul></section></main>"));
    }

    @Test
    void theOwnTextOfAListItemHoldingAListIsFoundInItsPlace() {
        // Markdown's tight nested list: "- outer\n  - inner"
        assertEquals(List.of("s|S|de|S outer words inner last"),
                sections("<main><section id=s><h2>S</h2><ul>"
                        + "<li>outer <em>words</em>\n<ul><li>inner</li></ul></li><li>last</li></ul></section></main>"));
    }

    @Test
    void aGlossaryTermAndItsDefinitionLeadToTheTermsId() {
        assertEquals(List.of("|Glossary|de|Glossary", "ck|CK|de|CK an enzyme of muscle", "mri|MRI|de|MRI imaging"),
                sections("<main><h1>Glossary</h1><dl><dt id=ck>CK</dt><dd>an enzyme</dd><dd>of muscle</dd>"
                        + "<dt id=mri>MRI</dt><dd>imaging</dd></dl></main>"));
    }

    @Test
    void textInAnotherLanguageIsAPartOfItsOwn() {
        assertEquals(List.of("s|S|de|S Deutsch", "s|S|en|fallback text more"),
                sections("<main><section id=s><h2>S</h2><p>Deutsch</p>"
                        + "<div lang=en><p>fallback text</p><p>more</p></div></section></main>"));
    }

    @Test
    void aPageWithoutMainHasNoSections() {
        IndexedPage page = PageSections.read(Jsoup.parse("<title>Site</title><p>text</p>"), "x.html");
        assertEquals("Site", page.title());
        assertEquals(List.of(), page.sections());
    }
}
