package org.babelbake.site;

import org.babelbake.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page long enough for its copies to share one deflated article ({@code OfflineCopies}): every
 * copy's version still unzips, with its checksum, to the whole article and to its own ends (the
 * language list before the article, the overdue review after it).
 */
class LongPageCopiesTest {
    private static final String PAGE = "en/imnm/index.html";
    private static final String LAST_LINE = "Filler paragraph 1199 ends the long page.";
    @TempDir
    static Path dir;
    static TestSite site;
    /** Each zip's pages, by zip name, read through ZipInputStream, which checks every entry's size and CRC. */
    static final Map<String, Map<String, String>> zips = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.copyOfProject(dir).keepLocales("en", "ar");
        StringBuilder filler = new StringBuilder("\n");
        for (int i = 0; i < 1200; i++) {
            filler.append("\nFiller paragraph ").append(i).append(i == 1199 ? " ends the long page." : " makes the page longer, so that its copies share the deflated article.").append('\n');
        }
        site.write("content/en/imnm/20-symptoms.md", site.read("content/en/imnm/20-symptoms.md") + filler);
        site.build();
        assertTrue(Files.size(site.out().resolve(PAGE)) > 100_000, "the page is long");
        try (var files = Files.list(site.out().resolve("downloads"))) {
            for (Path zip : files.filter(f -> f.toString().endsWith(".zip")).toList()) {
                zips.put(zip.getFileName().toString().replace(".zip", ""), pages(zip));
            }
        }
        assertEquals(3, zips.size(), zips.keySet().toString());
    }

    @Test
    void everyCopyHoldsTheWholeArticleAsOnline() {
        List<String> online = sections(site.page(PAGE));
        assertTrue(online.stream().anyMatch(section -> section.contains(LAST_LINE)), "the filler is in the article");
        zips.forEach((name, pages) -> {
            String page = pages.get(name + "/" + PAGE);
            assertNotNull(page, name);
            assertEquals(online, sections(Jsoup.parse(page)), name);
        });
    }

    @Test
    void eachCopyKeepsItsOwnLanguageListAndReviewLine() {
        Document online = site.page(PAGE);
        Document english = Jsoup.parse(zips.get("babelbake-info-en").get("babelbake-info-en/" + PAGE));
        Document all = Jsoup.parse(zips.get("babelbake-info-all-languages").get("babelbake-info-all-languages/" + PAGE));
        assertEquals(List.of("en", "ar"), online.select("nav.languages a").eachAttr("hreflang"));
        assertEquals(List.of("en", "ar"), all.select("nav.languages a").eachAttr("hreflang"));
        assertNull(english.selectFirst("nav.languages"), "a one-language copy lists no languages");
        assertFalse(review(online).contains("As of"), review(online));
        assertTrue(review(all).contains("As of"), review(all));
        assertTrue(review(english).contains("As of"), review(english));
        assertNotNull(online.selectFirst("main a[href$=downloads.html]"), "online: the downloads link");
        assertNull(all.selectFirst("main a[href$=downloads.html]"), "a copy has no downloads page");
    }

    private static List<String> sections(Document page) {
        return page.select("main div.section-body").stream().map(Element::outerHtml).toList();
    }

    private static String review(Document page) {
        return page.selectFirst("p.next-review").text();
    }

    private static Map<String, String> pages(Path zip) throws IOException {
        Map<String, String> pages = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String text = new String(entries.readAllBytes(), StandardCharsets.UTF_8); // throws on a wrong size or CRC
                if (entry.getName().endsWith(".html")) pages.put(entry.getName(), text);
            }
        }
        return pages;
    }
}
