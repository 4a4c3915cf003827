package org.babelbake.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages (type=page) and news (type=post) on the project's own site, with an English-only page and
 * an older English-only post added: what they show, how they fall back, the menu and the feeds' links.
 */
class PagesAndNewsTest {
    static final String BASE = "https://charity.example/";
    @TempDir
    static Path dir;
    static TestSite site;
    static BuildResult built;

    @BeforeAll
    static void build() {
        site = TestSite.copyOfProject(dir).keepLocales("en", "es", "ar");
        site.replace("jbake.properties", "#site.baseUrl=", "site.baseUrl=" + BASE);
        site.replace("jbake.properties", "site.menu=imnm, news, about", "site.menu=about, imnm, news, donate");
        site.write("content/en/donate/index.md", """
                type=page
                status=published
                title=Donate
                updated=2026-01-05
                reviewer=A. Volunteer
                ~~~~~~
                Call [0161 496 0000](https://charity.example/call) to give.
                """);
        site.write("content/en/news/older.md", """
                type=post
                status=published
                title=An older post
                date=2025-03-02
                tags=one, two
                ~~~~~~
                Older text.
                """);
        built = site.build();
    }

    @Test
    void pageHasItsTitleAndBodyAndNoArticleParts() {
        Document about = site.page("en/about/index.html");
        assertEquals("About this site", about.selectFirst("main h1").text());
        assertTrue(about.selectFirst(".page-body").text().contains("open an issue"), about.text());
        assertNull(about.selectFirst(".toc"), "no contents");
        assertFalse(about.text().contains("Next review due"), "no review dates");
        assertFalse(about.text().contains("Read offline"), "no offline link of an article");
    }

    @Test
    void pageMayOptIntoAnUpdateDateAndAChecker() {
        List<String> meta = site.page("en/donate/index.html").select("footer.article-meta p").eachText();
        assertEquals(List.of("Last update: January 5, 2026", "Checked by A. Volunteer"), meta);
        assertNull(site.page("en/about/index.html").selectFirst("footer.article-meta"), "none without the headers");
    }

    @Test
    void pageJsonLdIsItsKindAndNeverMedical() {
        String about = site.page("en/about/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(about.contains("\"@type\":\"AboutPage\""), about);
        String donate = site.page("en/donate/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(donate.contains("\"@type\":\"WebPage\""), donate);
        String post = site.page("es/news/site-opens/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(post.contains("\"@type\":\"BlogPosting\"") && post.contains("\"datePublished\":\"2026-11-24\""), post);
        assertFalse((about + donate + post).contains("Medical"), "no medical type");
    }

    @Test
    void untranslatedPageFallsBackMarkedWithTheSourceLanguage() {
        Document donate = site.page("es/donate/index.html");
        assertEquals("en", donate.selectFirst(".page-body").attr("lang"));
        assertEquals("en", donate.selectFirst("main h1").attr("lang"));
        assertTrue(donate.selectFirst("p.notice-fallback").text().length() > 0);
        Document ar = site.page("ar/donate/index.html");
        assertEquals("ltr", ar.selectFirst(".page-body").attr("dir"), "English inside an Arabic page runs left to right");
    }

    @Test
    void translatedPageIsADraftAndSaysSo() {
        Document about = site.page("es/about/index.html");
        assertEquals("Acerca de este sitio", about.selectFirst("main h1").text());
        assertFalse(about.selectFirst(".page-body").hasAttr("lang"));
        assertTrue(about.selectFirst("p.notice-draft") != null, "draft notice");
        assertFalse(about.selectFirst("p.notice-draft").text().contains("médic"), "a page's draft notice is not about medical review");
    }

    @Test
    void newsListIsNewestFirstWithDatesInTheReadersLanguage() {
        Document es = site.page("es/news/index.html");
        List<String> dates = es.select(".news-list time").eachAttr("datetime");
        assertEquals(List.of("2026-11-24", "2025-03-02"), dates);
        assertEquals("24 de noviembre de 2026", es.selectFirst(".news-list time").text());
        Element older = es.select(".news-list .post-title").get(1);
        assertEquals("en", older.attr("lang"), "an English-only post is listed, marked as English");
        assertEquals("older/index.html", older.selectFirst("a").attr("href"));
        Document ar = site.page("ar/news/index.html");
        assertEquals("24 نوفمبر 2026", ar.selectFirst(".news-list time").text(), "the Arabic month by ICU (CLDR: Latin digits for ar)");
    }

    @Test
    void postShowsItsDateTopicsAndWayBack() {
        Document post = site.page("en/news/older/index.html");
        assertEquals("An older post", post.selectFirst("main h1").text());
        assertEquals("2025-03-02", post.selectFirst(".post-date time").attr("datetime"));
        assertTrue(post.text().contains("Published on March 2, 2025"), post.text());
        assertTrue(post.text().contains("Topics: one and two"), post.text());
        assertEquals("../index.html", post.selectFirst("a:contains(All news)").attr("href"));
    }

    @Test
    void menuLabelsAreTitlesInTheReadersLanguageAndMarkTheCurrentPage() {
        Document about = site.page("es/about/index.html");
        List<Element> items = about.select("nav.site-menu a");
        assertEquals(List.of("Acerca de este sitio", "Miopatía necrosante inmunomediada (IMNM)", "Noticias", "Donate"),
                items.stream().map(Element::text).toList());
        assertEquals(List.of("index.html", "../imnm/index.html", "../news/index.html", "../donate/index.html"),
                items.stream().map(a -> a.attr("href")).toList());
        assertEquals("page", items.get(0).attr("aria-current"));
        assertEquals(1, about.select("nav.site-menu [aria-current]").size());
        assertEquals("en", items.get(3).selectFirst("span").attr("lang"), "untranslated label marked");
        Document article = site.page("es/imnm/index.html");
        assertEquals("page", article.selectFirst("nav.site-menu a[href=index.html]").attr("aria-current"));
        assertTrue(site.page("es/imnm/glossary.html").select("nav.site-menu [aria-current]").isEmpty());
    }

    @Test
    void everyLocalePageLinksItsFeedInItsHead() {
        for (String path : List.of("en/index.html", "es/about/index.html", "ar/imnm/glossary.html", "es/news/older/index.html")) {
            Element link = site.page(path).selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertTrue(link != null, path);
            String tag = path.substring(0, 2);
            assertEquals(tag + "/feed.xml", Path.of(path).getParent().resolve(link.attr("href")).normalize().toString()
                    .replace('\\', '/'), path);
        }
        assertTrue(Files.isRegularFile(site.out().resolve("es/feed.xml")));
        assertTrue(built.notes().isEmpty(), built.notes().toString());
    }

    @Test
    void offlineCopiesHoldThePagesAndNewsButNoFeed() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(site.out().resolve(onlyZipWith("es")).toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        }
        String root = names.get(0).substring(0, names.get(0).indexOf('/') + 1);
        for (String page : List.of("es/about/index.html", "es/donate/index.html", "es/news/index.html", "es/news/site-opens/index.html")) {
            assertTrue(names.contains(root + page), page + " in " + names);
        }
        assertFalse(names.stream().anyMatch(n -> n.endsWith("feed.xml")), "a feed needs the online site");
    }

    private static String onlyZipWith(String tag) {
        return site.page(tag + "/downloads.html").select("ul.downloads a").stream().map(a -> a.attr("href"))
                .filter(h -> !h.contains("all")).findFirst().map(h -> tag + "/" + h).orElseThrow();
    }

    @Test
    void translationStatusCountsPagesAndPosts() throws Exception {
        JsonNode pages = new ObjectMapper().readTree(site.read("target/translation-status.json")).at("/locales/es/pages");
        Map<String, String> states = new TreeMap<>();
        pages.forEach(p -> states.put(p.get("path").asText(), p.get("status").asText()));
        assertEquals("translated", states.get("about.md"), states.toString());
        assertEquals("translated", states.get("news/site-opens.md"), states.toString());
        assertEquals("missing", states.get("news/older.md"), states.toString());
        assertEquals("missing", states.get("donate/index.md"), states.toString());
    }
}
