package org.babelbake.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import org.babelbake.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default site's EPUBs, one per locale: valid for the W3C's EPUBCheck, with the language's
 * metadata and direction, a table of contents, and glossary terms as pop-up notes.
 */
class EpubBooksTest {
    private static final List<String> LOCALES = List.of("ar", "de", "en", "es", "fr", "ru", "zh-Hans");
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOfProject(dir);
        site.build();
    }

    private static Path epub(String tag) {
        return site.out().resolve("downloads/babelbake-info-" + tag + ".epub");
    }

    /** Every message EPUBCheck reports at warning level or above. */
    private static final class Findings extends MasterReport {
        final List<String> found = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.FATAL || severity == Severity.ERROR || severity == Severity.WARNING) {
                found.add(severity + " " + message.getID() + " " + location + ": " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }

    @Test
    void everyLocalesEpubPassesEpubCheckWithoutErrorsOrWarnings() {
        for (String tag : LOCALES) {
            Findings findings = new Findings();
            new EpubCheck(epub(tag).toFile(), findings).doValidate();
            assertEquals(List.of(), findings.found, tag);
            assertEquals(0, findings.getErrorCount() + findings.getFatalErrorCount() + findings.getWarningCount(), tag);
        }
    }

    @Test
    void epubCheckFindsWhatIsWrongWithABookMissingItsPackage() throws IOException {
        Path broken = dir.resolve("broken.epub");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            out.putNextEntry(new ZipEntry("mimetype"));
            out.write("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        Findings findings = new Findings();
        new EpubCheck(broken.toFile(), findings).doValidate();
        assertFalse(findings.found.isEmpty(), "the report this test relies on hears EPUBCheck's errors");
    }

    @Test
    void mimetypeComesFirstStoredWithoutExtraField() throws IOException {
        byte[] bytes = Files.readAllBytes(epub("ar"));
        String head = new String(bytes, 0, 58, StandardCharsets.US_ASCII);
        // Local file header: name at 30, its length at 26, extra length at 28, method at 8.
        assertEquals("mimetype", head.substring(30, 38));
        assertEquals(0, bytes[8] | bytes[9], "stored, not deflated");
        assertEquals(0, bytes[28] | bytes[29], "no extra field");
        assertEquals("application/epub+zip", head.substring(38, 58));
    }

    @Test
    void packageDocumentCarriesTheLanguagesMetadataAndDirection() throws IOException {
        Document arabic = xml(epub("ar"), "EPUB/package.opf");
        assertEquals("ar", arabic.selectFirst("metadata > dc|language").text());
        assertEquals("rtl", arabic.selectFirst("spine").attr("page-progression-direction"));
        assertEquals(site.read("translations/ar.properties").lines().filter(l -> l.startsWith("site.name="))
                .findFirst().orElseThrow().substring("site.name=".length()), arabic.selectFirst("dc|title").text());
        assertEquals(arabic.selectFirst("dc|title").text(), arabic.selectFirst("dc|publisher").text());
        assertTrue(arabic.selectFirst("dc|date").text().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(arabic.selectFirst("meta[property=dcterms:modified]").text().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
        String id = arabic.selectFirst("dc|identifier#book-id").text();
        assertTrue(id.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
        assertEquals("book-id", arabic.selectFirst("package").attr("unique-identifier"));

        Document english = xml(epub("en"), "EPUB/package.opf");
        assertEquals("en", english.selectFirst("dc|language").text());
        assertFalse(english.selectFirst("spine").hasAttr("page-progression-direction"));
        assertFalse(id.equals(english.selectFirst("dc|identifier").text()), "each language is its own book");
        assertEquals(EpubBook.identifier("babelbake-info", org.babelbake.locale.SiteLocale.create("en")),
                english.selectFirst("dc|identifier").text(), "the same site and language always have the same identifier");
    }

    @Test
    void navigationListsEveryArticleSectionInReadingOrderWithLandmarks() throws IOException {
        Document opf = xml(epub("de"), "EPUB/package.opf");
        Element nav = opf.selectFirst("manifest > item[properties=nav]");
        assertNotNull(nav);
        Document navigation = xml(epub("de"), "EPUB/" + nav.attr("href"));
        Element toc = navigation.selectFirst("nav[epub:type=toc]");
        assertNotNull(toc);
        assertNotNull(navigation.selectFirst("nav[epub:type=landmarks] a[epub:type=bodymatter]"));
        Document chapter = xml(epub("de"), "EPUB/c1.xhtml");
        List<String> headings = chapter.select("section#article > section[id] > h2").eachText();
        List<String> listed = toc.select("ol > li > ol > li > a").eachText();
        assertEquals(headings, listed, "sections, then references, then glossary, as the chapter has them");
        assertEquals("glossary", chapter.select("section#article > section[id]").last().id());
        List<String> spine = opf.select("spine > itemref").eachAttr("idref");
        assertEquals(List.of("title", "nav", "c1", "c2"), spine, "title page, contents, the article, then the About page");
        assertEquals("p1.xhtml", opf.selectFirst("manifest > item#c2").attr("href"));
        Document about = xml(epub("de"), "EPUB/p1.xhtml");
        String aboutTitle = about.selectFirst("section#page > h1").text();
        assertEquals(aboutTitle, toc.select("ol > li > a").last().text(), "the page is in the table of contents");
        assertTrue(about.select("a[href]").stream().map(a -> a.attr("href"))
                .allMatch(h -> h.startsWith("http") || h.startsWith("mailto:") || h.startsWith("#")),
                "no link to a site page the book does not hold");
    }

    @Test
    void glossaryTermsAreNoteReferencesToFootnotesHoldingTheirDefinition() throws IOException {
        for (String tag : LOCALES) {
            Document chapter = xml(epub(tag), "EPUB/c1.xhtml");
            List<Element> refs = chapter.select("a[epub:type=noteref]");
            assertFalse(refs.isEmpty(), tag + ": no term is a note reference");
            for (Element ref : refs) {
                Element note = chapter.getElementById(ref.attr("href").substring(1));
                assertNotNull(note, tag + ": " + ref + " leads nowhere");
                assertEquals("aside", note.tagName(), tag);
                assertEquals("footnote", note.attr("epub:type"), tag);
                assertFalse(note.text().isBlank(), tag);
            }
            Set<String> targets = refs.stream().map(r -> r.attr("href")).collect(Collectors.toSet());
            assertEquals(refs.size(), targets.size(), tag + ": each term is a note at its first use only");
            assertEquals(refs.size(), chapter.select("aside[epub:type=footnote]").size(), tag + ": a note per used term");
        }
    }

    @Test
    void documentsSayTheirLanguageAndDirectionAndReferencesAreLinked() throws IOException {
        Document arabic = xml(epub("ar"), "EPUB/c1.xhtml");
        Element html = arabic.selectFirst("html");
        assertEquals("rtl", html.attr("dir"));
        assertEquals("ar", html.attr("lang"));
        assertEquals("ar", html.attr("xml:lang"));
        assertFalse(arabic.select("#references li a[href^=https://doi.org/]").isEmpty());
        Document title = xml(epub("ar"), "EPUB/title.xhtml");
        assertEquals("rtl", title.selectFirst("html").attr("dir"));
        assertNotNull(title.selectFirst("[epub:type=titlepage] h1"));
    }

    @Test
    void linksToPagesTheBookLacksBecomeTheirWordsAndImagesTheirText() throws IOException {
        TestSite linked = TestSite.copyOfProject(dir.resolve("linked")).keepLocales("en");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png",
                linked.root().resolve("content/en/imnm/chart.png").toFile());
        linked.replace("content/en/imnm/30-causes.md", "In most cases, the cause of an IIM is unclear.",
                "See [about this site](../about/index.html), [the symptoms](#symptoms) "
                        + "and [a study](https://example.org/study).\n\n![A chart of muscle strength](chart.png)\n\n"
                        + "In most cases, the cause of an IIM is unclear.");
        linked.build();
        Document chapter = xml(linked.out().resolve("downloads/babelbake-info-en.epub"), "EPUB/c1.xhtml");
        Element causes = chapter.getElementById("causes");
        assertNotNull(causes);
        assertTrue(causes.text().contains("See about this site, the symptoms and a study"), causes.text());
        List<String> hrefs = causes.select("a[href]").eachAttr("href");
        assertEquals(List.of("#symptoms", "https://example.org/study"), hrefs.subList(0, 2), "a link to a site page keeps only its words");
        assertTrue(hrefs.stream().noneMatch(href -> href.contains("about")), hrefs.toString());
        assertTrue(causes.select("img").isEmpty());
        assertTrue(causes.text().contains("A chart of muscle strength"), "the image is its text alternative");
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws IOException {
        TestSite again = TestSite.copyOfProject(dir.resolve("again"));
        again.build();
        for (String tag : LOCALES) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(epub(tag)),
                    Files.readAllBytes(again.out().resolve("downloads/babelbake-info-" + tag + ".epub"))), tag);
        }
    }

    static Document xml(Path epub, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry found = zip.getEntry(entry);
            assertNotNull(found, entry + " in " + epub.getFileName() + ": " + Collections.list(zip.entries()).stream()
                    .map(ZipEntry::getName).toList());
            try (InputStream in = zip.getInputStream(found)) {
                return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
            }
        }
    }
}
