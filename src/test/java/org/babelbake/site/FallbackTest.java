package org.babelbake.site;

import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A locale that lacks a section, a glossary or a UI string shows the English one, and says so. */
class FallbackTest {
    static final String BASE = "https://charity.example/";
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.copyOfProject(dir).keepLocales("en", "es", "ar");
        site.replace("jbake.properties", "#site.baseUrl=", "site.baseUrl=" + BASE);
        site.delete("content/es/imnm/30-causes.md");
        site.delete("content/ar/imnm/40-progression.md");
        try (Stream<Path> terms = Files.list(site.root().resolve("content/es/imnm/glossary"))) {
            for (Path term : terms.toList()) Files.delete(term);
        }
        String es = site.read("translations/es.properties");
        site.write("translations/es.properties", es.replaceAll("(?m)^(nav\\.contents|article\\.reviewed)=.*$", ""));
        site.build();
    }

    @Test
    void missingSectionFallsBackToEnglishMarkedWithItsLanguage() throws Exception {
        Element causes = site.page("es/imnm/index.html").selectFirst("section#causes");
        Element body = causes.selectFirst(".section-body");
        assertEquals("en", body.attr("lang"));
        assertEquals("What causes immune-mediated necrotizing myopathy?", body.selectFirst("h2").text());
        Element notice = causes.selectFirst("p.notice-fallback");
        assertFalse(notice.hasAttr("lang"), "the notice is in the page's language");
        Properties es = new Properties();
        try (var reader = Files.newBufferedReader(site.root().resolve("translations/es.properties"))) {
            es.load(reader);
        }
        assertTrue(notice.text().startsWith(es.getProperty("fallback.notice").substring(0, 10)), notice.text());
    }

    @Test
    void fallbackInsideAnRtlPageIsMarkedLeftToRight() {
        Document ar = site.page("ar/imnm/index.html");
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        Element body = ar.selectFirst("section#progression .section-body");
        assertEquals("en", body.attr("lang"));
        assertEquals("ltr", body.attr("dir"));
        assertTrue(ar.selectFirst("section#causes .section-body").attributes().isEmpty() || !ar.selectFirst("section#causes .section-body").hasAttr("lang"));
    }

    @Test
    void missingUiStringFallsBackWithItsLanguage() {
        Element heading = site.page("es/imnm/index.html").selectFirst("#toc-title span[lang=en]");
        assertEquals("Contents", heading.text());
    }

    @Test
    void aFallbackSentenceFormatsItsDateInItsOwnLanguage() {
        Element footer = site.page("es/imnm/index.html").selectFirst("footer.article-meta");
        assertEquals("Last reviewed: February 2023", footer.selectFirst("span[lang=en]").text(),
                "an English sentence gets an English date");
        assertTrue(footer.selectFirst("time[datetime=2023-02]").text().contains("febrero de 2023"),
                "the Spanish sentence beside it keeps its Spanish date");
    }

    @Test
    void pagesThatAreAllFallbackAreNotAdvertisedAsTranslations() {
        Document enGlossary = site.page("en/imnm/glossary.html");
        assertTrue(enGlossary.select("link[hreflang=es]").isEmpty(), "es glossary is all English");
        assertFalse(enGlossary.select("link[hreflang=ar]").isEmpty());
        String sitemap = site.read("target/site/sitemap.xml");
        assertFalse(sitemap.contains("<loc>" + BASE + "es/imnm/glossary.html</loc>"));
        assertTrue(sitemap.contains("<loc>" + BASE + "es/imnm/index.html</loc>"), "a partly translated page is still a translation");
        // but readers can still reach it from the switcher
        assertEquals("../../es/imnm/glossary.html", enGlossary.selectFirst("nav.languages a[hreflang=es]").attr("href"));
    }
}
