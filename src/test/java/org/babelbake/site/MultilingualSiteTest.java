package org.babelbake.site;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.babelbake.locale.SiteLocale;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's site in all its languages, checked against what ICU4J itself says. */
class MultilingualSiteTest {
    static final List<String> LOCALES = List.of("en", "es", "fr", "de", "ar", "ru", "zh-Hans");
    static final String BASE = "https://charity.example/imnm/";
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOfProject(dir);
        site.replace("jbake.properties", "#site.baseUrl=", "site.baseUrl=" + BASE);
        site.build();
    }

    private static Document article(String tag) {
        return site.page(tag + "/imnm/index.html");
    }

    @Test
    void everyLocaleHasItsArticleGlossaryAndHomeWithLangAndDir() {
        for (String tag : LOCALES) {
            for (String page : List.of("index.html", "imnm/index.html", "imnm/glossary.html", "downloads.html")) {
                Document doc = site.page(tag + "/" + page);
                assertEquals(tag, doc.selectFirst("html").attr("lang"), tag + "/" + page);
                assertEquals(tag.equals("ar") ? "rtl" : "ltr", doc.selectFirst("html").attr("dir"), tag + "/" + page);
            }
        }
    }

    @Test
    void lastUpdateIsIcusMonthAndYearInEveryLocale() {
        for (String tag : LOCALES) {
            DateFormat format = DateFormat.getInstanceForSkeleton("yMMMM", ULocale.forLanguageTag(tag));
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            String expected = format.format(Date.from(Instant.parse("2023-02-01T00:00:00Z")));
            String footer = article(tag).selectFirst("footer.article-meta time").text();
            assertTrue(footer.contains(expected), tag + ": \"" + footer + "\" should contain \"" + expected + "\"");
        }
        String arabicYear = com.ibm.icu.text.NumberFormat.getInstance(new ULocale("ar")).format(2023).replace("٬", "").replace(",", "");
        assertTrue(article("ar").selectFirst("footer.article-meta time").text().contains(arabicYear), "the locale's default digits");
    }

    /** For counts of every category, the message shows the form written for the category PluralRules picks. */
    @Test
    void pluralMessagesFollowIcuPluralRulesForSeveralCounts() throws Exception {
        for (String tag : LOCALES) {
            ULocale locale = ULocale.forLanguageTag(tag);
            PluralRules rules = PluralRules.forLocale(locale);
            Properties messages = translations(tag);
            for (String key : List.of("references.count", "glossary.count", "chooser.intro")) {
                String pattern = messages.getProperty(key);
                MessageFormat format = new MessageFormat(pattern, locale);
                for (double count : List.of(0d, 1d, 2d, 3d, 5d, 11d, 21d, 22d, 100d, 101d, 1.5d)) {
                    String category = rules.select(count);
                    String branch = branch(pattern, category);
                    String number = com.ibm.icu.text.NumberFormat.getInstance(locale).format(count);
                    String shown = format.format(Map.of("count", count, "languages", "L"));
                    String expected = branch.replace("#", number);
                    assertTrue(shown.contains(expected), tag + " " + key + " for " + count + " (" + category + "): \""
                            + shown + "\" should contain \"" + expected + "\"");
                }
            }
            String shown = article(tag).selectFirst("#references-title .count").text();
            assertEquals(new MessageFormat(messages.getProperty("references.count"), locale).format(Map.of("count", 3)), shown);
        }
        assertEquals(6, PluralRules.forLocale(new ULocale("ar")).getKeywords().size());
        assertEquals(Set.of("one", "few", "many", "other"), PluralRules.forLocale(new ULocale("ru")).getKeywords());
    }

    @Test
    void glossaryIsInTheLocalesCollationOrderUnderIndexLetters() {
        for (String tag : LOCALES) {
            Document glossary = site.page(tag + "/imnm/glossary.html");
            List<String> terms = glossary.select("main dl dt dfn").eachText();
            List<String> sorted = new ArrayList<>(terms);
            sorted.sort(Collator.getInstance(ULocale.forLanguageTag(tag)));
            assertEquals(sorted, terms, tag);
            assertEquals(8, terms.size(), tag);
            assertFalse(glossary.select("section.letter > h2").isEmpty(), tag);
        }
        List<String> zhLetters = site.page("zh-Hans/imnm/glossary.html").select("section.letter > h2").eachText();
        assertTrue(zhLetters.stream().allMatch(l -> l.matches("[A-Z]")), "Chinese is grouped by pinyin letters: " + zhLetters);
    }

    @Test
    void switcherNamesEachLanguageInItselfAndLinksTheSamePage() {
        Document glossary = site.page("es/imnm/glossary.html");
        for (String tag : LOCALES) {
            Element link = glossary.selectFirst("nav.languages a[hreflang=" + tag + "]");
            assertNotNull(link, tag);
            assertEquals(SiteLocale.create(tag).endonym(), link.text());
            assertEquals(tag.equals("es") ? "glossary.html" : "../../" + tag + "/imnm/glossary.html", link.attr("href"));
        }
        assertEquals("Español", glossary.selectFirst("nav.languages a[aria-current=page]").text());
        assertEquals("العربية", glossary.selectFirst("nav.languages a[hreflang=ar]").text());
    }

    @Test
    void hreflangLinksAreReciprocalWithXDefault() {
        List<String> problems = new ArrayList<>();
        for (Path page : TestSite.htmlPages(site.out())) {
            Document doc = TestSite.parse(page);
            String self = BASE + site.out().relativize(page).toString().replace('\\', '/');
            List<Element> alternates = doc.select("link[rel=alternate][hreflang]");
            if (alternates.isEmpty()) continue;
            if (doc.select("link[hreflang=x-default]").isEmpty()) problems.add(self + " has no x-default");
            String lang = doc.selectFirst("html").attr("lang");
            for (Element alternate : alternates) {
                if (alternate.attr("hreflang").equals("x-default")) continue;
                String href = alternate.attr("href");
                Path other = site.out().resolve(href.substring(BASE.length()));
                if (!Files.isRegularFile(other)) {
                    problems.add(self + " -> missing " + href);
                    continue;
                }
                boolean back = TestSite.parse(other).select("link[rel=alternate][hreflang=" + lang + "]").stream()
                        .anyMatch(e -> e.attr("href").equals(self));
                if (!back) problems.add(href + " does not link back to " + self);
            }
        }
        assertEquals(List.of(), problems);
        String sitemap = site.read("target/site/sitemap.xml");
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"" + BASE + "ar/imnm/index.html\"/>"));
    }

    @Test
    void draftTranslationsSayTheyAreNotMedicallyReviewedAndLinkTheOriginal() throws Exception {
        for (String tag : LOCALES) {
            Element notice = article(tag).selectFirst("p.notice-draft");
            if (tag.equals("en")) {
                assertEquals(null, notice);
                continue;
            }
            assertNotNull(notice, tag);
            assertTrue(notice.text().startsWith(translations(tag).getProperty("draft.notice")), tag);
            assertEquals("../../en/imnm/index.html", notice.selectFirst("a").attr("href"));
        }
    }

    @Test
    void languageListOnTheHomePageIsFormattedByIcu() {
        for (String tag : LOCALES) {
            SiteLocale reader = SiteLocale.create(tag);
            List<String> siteOrder = new ArrayList<>(LOCALES.subList(1, LOCALES.size()));
            siteOrder.sort(null);
            siteOrder.add(0, "en");
            List<String> names = siteOrder.stream().map(t -> SiteLocale.create(t).nameIn(reader)).toList();
            String list = ListFormatter.getInstance(reader.ulocale()).format(names);
            assertTrue(site.page(tag + "/index.html").select("main p").text().contains(list), tag + ": " + list);
        }
    }

    /** Fully translated locales show no English UI text: every message exists in their file. */
    @Test
    void noEnglishUiStringIsLeftInAFullyTranslatedLocale() throws Exception {
        Properties english = translations("en");
        for (String tag : LOCALES) {
            if (tag.equals("en")) continue;
            Properties own = translations(tag);
            for (String key : english.stringPropertyNames()) {
                assertFalse(own.getProperty(key, "").isBlank(), tag + " lacks " + key);
            }
            for (String page : List.of("index.html", "imnm/index.html", "imnm/glossary.html", "downloads.html")) {
                Document doc = site.page(tag + "/" + page);
                assertTrue(doc.select("span[lang=en]:not(ol.references span)").isEmpty(), tag + "/" + page);
                String text = doc.body().text();
                for (String key : english.stringPropertyNames()) {
                    String value = english.getProperty(key);
                    if (!value.contains("{") && value.length() > 12 && !value.equals(own.getProperty(key))) {
                        assertFalse(text.contains(value), tag + "/" + page + " shows English \"" + value + "\"");
                    }
                }
            }
        }
    }

    /** The text of one plural category's branch in a pattern with one plural argument. */
    static String branch(String pattern, String category) {
        com.ibm.icu.text.MessagePattern parsed = new com.ibm.icu.text.MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_SELECTOR && parsed.getSubstring(part).equals(category)) {
                int start = parsed.getPart(i + 1).getLimit();
                int end = parsed.getPart(parsed.getLimitPartIndex(i + 1)).getIndex();
                return pattern.substring(start, end);
            }
        }
        throw new AssertionError("no " + category + " form in " + pattern);
    }

    @Test
    void downloadSizesAreInTheLocalesOwnUnits() throws Exception {
        long bytes = Files.size(site.out().resolve("downloads/babelbake-info-all-languages.zip"));
        for (String tag : List.of("en", "fr", "ar", "ru")) {
            ULocale locale = ULocale.forLanguageTag(tag);
            com.ibm.icu.text.NumberFormat number = com.ibm.icu.text.NumberFormat.getInstance(locale);
            number.setMaximumFractionDigits(1);
            String size = com.ibm.icu.text.MeasureFormat.getInstance(locale, com.ibm.icu.text.MeasureFormat.FormatWidth.SHORT, number)
                    .format(new com.ibm.icu.util.Measure(bytes / 1000.0, com.ibm.icu.util.MeasureUnit.KILOBYTE));
            Element link = site.page(tag + "/downloads.html").selectFirst("ul.downloads a[href$=babelbake-info-all-languages.zip]");
            assertTrue(link.text().endsWith(size), tag + ": " + link.text() + " should end with " + size);
        }
        assertTrue(site.page("fr/downloads.html").selectFirst("ul.downloads a[href$=babelbake-info-all-languages.zip]").text().endsWith("ko"),
                "French writes kilo-octets");
        assertEquals("../downloads.html", article("es").selectFirst("nav.toc a[href$=downloads.html]").attr("href"),
                "the article links to its offline copies");
    }

    /** The key words box lists its terms in the order and with the words of the locale's glossary. */
    @Test
    void keyWordsAreInTheLocalesCollationOrderLikeTheGlossary() {
        for (String tag : LOCALES) {
            List<String> keywords = article(tag).select("aside.keywords dt").eachText();
            assertEquals(4, keywords.size(), tag);
            List<String> sorted = new ArrayList<>(keywords);
            sorted.sort(Collator.getInstance(ULocale.forLanguageTag(tag)));
            assertEquals(sorted, keywords, tag);
            List<String> glossaryOrder = site.page(tag + "/imnm/glossary.html").select("main dl dt dfn").eachText();
            assertEquals(glossaryOrder.stream().filter(keywords::contains).toList(), keywords, tag);
        }
        assertNotEquals(article("en").select("aside.keywords dt a").eachAttr("href"),
                article("ru").select("aside.keywords dt a").eachAttr("href"), "Russian orders its own words, not the English ones");
    }

    /**
     * The overdue review is one ICU message of whole sentences, each ending with the locale's
     * punctuation (no sentence glued to a date by the template).
     */
    @Test
    void overdueReviewSentencesEndWithTheLocalesPunctuation() throws Exception {
        for (String tag : LOCALES) {
            ULocale locale = ULocale.forLanguageTag(tag);
            String pattern = translations(tag).getProperty("article.nextReview");
            Map<String, Object> args = new HashMap<>();
            args.put("state", "overdue");
            args.put("date", monthYear(locale, 2026, 1));
            args.put("asOf", "");
            String expected = new MessageFormat(pattern, locale).format(args);
            Element line = article(tag).selectFirst("footer.article-meta p.next-review.overdue");
            assertEquals(expected, line.text(), tag);
            String stop = tag.equals("zh-Hans") ? "。" : ".";
            assertTrue(line.text().endsWith(stop), tag + ": " + line.text());
            assertTrue(line.text().contains(monthYear(locale, 2026, 1) + stop), tag + ": the date ends its sentence: " + line.text());
        }
        assertEquals("Next review due: February 2026. This review is overdue.",
                article("en").selectFirst("p.next-review").text());
    }

    /** @param month 0 for January, as in {@link java.util.Calendar} */
    private static String monthYear(ULocale locale, int year, int month) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMM", locale);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(Date.from(LocalDate.of(year, month + 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** DOI links leave the site like the MDA links do, and say so in the reader's language. */
    @Test
    void doiLinksAreMarkedAsExternalSitesInTheReadersLanguage() throws Exception {
        for (String tag : LOCALES) {
            String note = translations(tag).getProperty("link.external");
            List<Element> dois = article(tag).select("ol.references a.doi");
            assertEquals(2, dois.size(), tag);
            for (Element doi : dois) {
                assertTrue(doi.hasClass("external"), tag + ": " + doi);
                assertEquals("external", doi.attr("rel"), tag);
                assertEquals(note, doi.selectFirst(".external-note").text(), tag);
                assertFalse(doi.selectFirst(".external-note").hasAttr("lang"), tag + ": the note is in the page's language");
                assertEquals("en", doi.selectFirst("span[lang]").attr("lang"), tag + ": the DOI itself stays marked as Latin text");
            }
            for (Element link : article(tag).select("main a[href^=http]")) {
                assertTrue(link.hasClass("external") && link.selectFirst(".external-note") != null, tag + ": " + link);
            }
        }
    }

    /** Each term the glossary lists as used leads back to the id of its first use in the article. */
    @Test
    void glossaryLeadsBackToEachTermsFirstUseInTheArticle() {
        for (String tag : LOCALES) {
            Document glossary = site.page(tag + "/imnm/glossary.html");
            Document text = article(tag);
            List<Element> backs = glossary.select("div.term dd.term-back a");
            assertEquals(text.select("a.term").size(), backs.size(), tag + ": one way back per linked term");
            assertFalse(backs.isEmpty(), tag);
            for (Element back : backs) {
                String termId = back.closest("div.term").selectFirst("dt").id();
                assertTrue(back.attr("href").startsWith("index.html#use-"), tag + ": " + back.attr("href"));
                Element use = text.getElementById(back.attr("href").substring("index.html#".length()));
                assertNotNull(use, tag + ": " + back.attr("href"));
                assertEquals("a", use.tagName(), tag);
                assertEquals("glossary.html#" + termId, use.attr("href"), tag + ": the use links to the same term");
            }
        }
    }

    static Properties translations(String tag) throws Exception {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(site.root().resolve("translations/" + tag + ".properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
