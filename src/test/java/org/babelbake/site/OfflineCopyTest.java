package org.babelbake.site;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.babelbake.offline.BuildTime;
import org.babelbake.problem.Problems;
import org.babelbake.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The downloads say what they are: the site and the language in their names, a start page in
 * their language, the day they were made and where the site is online. The site has no
 * {@code site.slug}, so the names come from its name.
 */
class OfflineCopyTest {
    static final String BASE = "https://charity.example/imnm/";
    static final String SLUG = "babelbake-patient-information";
    @TempDir
    static Path dir;
    static TestSite site;
    static LocalDate built;

    @BeforeAll
    static void build() {
        site = TestSite.copyOfProject(dir).keepLocales("en", "ar", "zh-Hans");
        site.replace("jbake.properties", "#site.baseUrl=", "site.baseUrl=" + BASE);
        site.replace("jbake.properties", "site.slug=babelbake-info\n", "");
        site.build();
        built = BuildTime.of(System.getenv(), SiteProject.load(site.root(), new Problems()).contentDates()).date();
    }

    @Test
    void zipNamesAndTheFolderInsideCarryTheSitesNameAndTheLanguage() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(site.out().resolve("downloads"))) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of(SLUG + "-all-languages.zip", SLUG + "-ar.epub", SLUG + "-ar.zip", SLUG + "-en.epub", SLUG + "-en.zip",
                SLUG + "-zh-Hans.epub", SLUG + "-zh-Hans.zip"), names);
        for (String name : names.stream().filter(n -> n.endsWith(".zip")).toList()) {
            String folder = name.substring(0, name.length() - ".zip".length()) + "/";
            try (ZipFile zip = new ZipFile(site.out().resolve("downloads/" + name).toFile())) {
                List<String> entries = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
                assertTrue(entries.stream().allMatch(e -> e.startsWith(folder)), name + ": " + entries);
                assertTrue(entries.contains(folder + "index.html"), name);
            }
        }
        Element link = site.page("ar/downloads.html").selectFirst("ul.downloads li");
        assertTrue(link.selectFirst("a").attr("href").endsWith(SLUG + "-ar.zip"), "the reader's own copy first: " + link);
        assertEquals(SLUG + "-ar.zip", link.selectFirst(".file-name").text(), "the page names the file the reader will find");
    }

    @Test
    void eachLanguagesCopyOpensInThatLanguageStraightOnItsArticles() {
        Document arabic = startPage("ar");
        assertEquals("ar", arabic.selectFirst("html").attr("lang"));
        assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
        assertEquals("معلومات Babelbake للمرضى", arabic.selectFirst("h1").text());
        assertNull(arabic.selectFirst("ul.choices"), "no language choice in a one-language copy");
        assertEquals("ar/imnm/index.html", arabic.selectFirst("main ul.article-list a").attr("href"), "one click to the article");
        assertEquals(List.of("en/index.html"), arabic.select("main a[hreflang]").eachAttr("href"), "the original, which the copy holds");
        assertTrue(arabic.select("a[href=index.html]").isEmpty(), "no link to a language choice the copy does not have");
        Document chinese = startPage("zh-Hans");
        assertEquals("zh-Hans", chinese.selectFirst("html").attr("lang"));
        assertEquals("zh-Hans/imnm/index.html", chinese.selectFirst("main ul.article-list a").attr("href"));
        Document english = startPage("en");
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertEquals("en/imnm/index.html", english.selectFirst("main ul.article-list a").attr("href"));
        assertTrue(english.select("main a[hreflang]").isEmpty(), "the English copy holds English only");
        Document all = startPage("all-languages");
        assertEquals(List.of("en/index.html", "ar/index.html", "zh-Hans/index.html"), all.select("ul.choices a").eachAttr("href"));
    }

    @Test
    void startPageAndZipCommentSayTheSiteTheLanguageTheDayAndTheAddress() throws IOException {
        String arabicDate = longDate("ar");
        Element about = startPage("ar").selectFirst(".offline-copy");
        String text = about.selectFirst("p").text();
        for (String part : List.of("معلومات Babelbake للمرضى", "العربية", arabicDate)) {
            assertTrue(text.contains(part), text + " should say " + part);
        }
        assertTrue(text.endsWith("."), text);
        Element online = about.selectFirst("a[href=" + BASE + "]");
        assertNotNull(online, about.html());
        assertTrue(online.hasClass("external"), "the address leaves the copy: " + online);
        assertEquals(text + "\n" + "النسخة على الإنترنت: " + BASE, comment("ar"));
        String all = comment("all-languages");
        assertTrue(all.startsWith("An offline copy of “Babelbake patient information” in all languages, made on " + longDate("en") + "."), all);
        assertTrue(all.endsWith("Online version: " + BASE), all);
        assertTrue(startPage("all-languages").selectFirst(".offline-copy").text().contains(longDate("en")));
        assertTrue(comment("zh-Hans").contains(longDate("zh-Hans")), comment("zh-Hans"));
    }

    @Test
    void epubTitlePageSaysTheSiteTheLanguageTheDayAndTheAddressInItsLanguage() throws IOException {
        Document title;
        try (ZipFile zip = new ZipFile(site.out().resolve("downloads/" + SLUG + "-ar.epub").toFile())) {
            title = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("EPUB/title.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
        }
        assertEquals("معلومات Babelbake للمرضى", title.selectFirst("h1").text());
        String about = title.selectFirst("h1 + p").text();
        for (String part : List.of("معلومات Babelbake للمرضى", "العربية", longDate("ar"))) {
            assertTrue(about.contains(part), about + " should say " + part);
        }
        Element online = title.selectFirst("a[href=" + BASE + "]");
        assertNotNull(online, title.html());
        assertTrue(online.parent().text().startsWith("النسخة على الإنترنت:"), online.parent().text());
    }

    @Test
    void downloadsPageListsEachEbookWithItsSizeAfterTheZipsAndSaysWhichToChoose() throws IOException {
        Document page = site.page("ar/downloads.html");
        List<Element> items = page.select("ul.downloads li");
        List<String> files = items.stream().map(li -> li.selectFirst(".file-name").text()).toList();
        assertEquals(List.of(SLUG + "-ar.zip", SLUG + "-all-languages.zip", SLUG + "-en.zip", SLUG + "-zh-Hans.zip",
                SLUG + "-ar.epub", SLUG + "-en.epub", SLUG + "-zh-Hans.epub"), files, "the reader's own book first among the books");
        Element book = items.get(4).selectFirst("a");
        assertEquals("application/epub+zip", book.attr("type"));
        long bytes = Files.size(site.out().resolve("downloads/" + SLUG + "-ar.epub"));
        String size = new org.babelbake.locale.LocaleFormats(org.babelbake.locale.SiteLocale.create("ar")).bytes(bytes);
        assertTrue(book.text().contains(size), book.text() + " should give the size " + size);
        assertTrue(book.text().contains("EPUB"), book.text());
        assertTrue(book.text().contains("العربية"), book.text());
        String choose = page.select("main p").eachText().stream().filter(t -> t.contains("EPUB") && t.contains("ZIP"))
                .findFirst().orElse("");
        assertFalse(choose.isEmpty(), "the page says which file to choose, in the reader's language");
        assertTrue(choose.contains("الهاتف"), choose);
    }

    /** A copy read later cannot know today: its overdue review says as of when. */
    @Test
    void overdueReviewSaysAsOfTheDayTheCopyWasMade() {
        String offline = Jsoup.parse(entry("ar", "ar/imnm/index.html")).selectFirst("p.next-review.overdue").text();
        assertTrue(offline.contains(longDate("ar")), offline);
        assertTrue(offline.endsWith("."), offline);
        String online = site.page("ar/imnm/index.html").selectFirst("p.next-review.overdue").text();
        assertFalse(online.contains(longDate("ar")), online);
        String english = Jsoup.parse(entry("en", "en/imnm/index.html")).selectFirst("p.next-review").text();
        assertEquals("Next review due: February 2026. As of " + longDate("en") + ", this review is overdue.", english);
    }

    private static Document startPage(String edition) {
        return Jsoup.parse(entry(edition, "index.html"));
    }

    private static String entry(String edition, String path) {
        String name = SLUG + "-" + edition;
        try (ZipFile zip = new ZipFile(site.out().resolve("downloads/" + name + ".zip").toFile())) {
            ZipEntry entry = zip.getEntry(name + "/" + path);
            assertNotNull(entry, name + "/" + path);
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String comment(String edition) throws IOException {
        try (ZipFile zip = new ZipFile(site.out().resolve("downloads/" + SLUG + "-" + edition + ".zip").toFile())) {
            return zip.getComment();
        }
    }

    private static String longDate(String tag) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMd", ULocale.forLanguageTag(tag));
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(Date.from(built.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
}
