package org.babelbake.site;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the project's own site in English only and reads the output as a reader's browser would. */
class EnglishSiteTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static Document article;
    static Document glossary;

    @BeforeAll
    static void build() {
        site = TestSite.copyOfProject(dir).keepLocales("en");
        site.build();
        article = site.page("en/imnm/index.html");
        glossary = site.page("en/imnm/glossary.html");
    }

    @Test
    void articleHasEverySectionInSourceOrderWithSourceHeadings() {
        List<String> headings = article.select("main section > .section-body > h2, main section#references > h2 > span")
                .eachText();
        assertEquals(List.of(
                "What is immune-mediated necrotizing myopathy?",
                "What are the symptoms of immune-mediated necrotizing myopathy?",
                "What causes immune-mediated necrotizing myopathy?",
                "What is the progression of immune-mediated necrotizing myopathy?",
                "What is the status of research in immune-mediated necrotizing myopathy?",
                "References"), headings);
        assertEquals(List.of("what-is", "symptoms", "causes", "progression", "research", "references"),
                article.select("main section[id]").eachAttr("id"));
        assertEquals("Immune-Mediated Necrotizing Myopathy (IMNM)", article.selectFirst("h1").text());
    }

    @Test
    void articleKeepsTheSourceText() {
        String text = article.select("main").text();
        assertTrue(text.contains("IMNM is characterized by severe weakness in the proximal (close to the shoulder and pelvic girdle) muscles"));
        assertTrue(text.contains("In IMNM, two MSAs, anti-HMGCR and anti-SRP have been associated with muscle biopsies"));
        assertTrue(text.contains("This necrosis can be reversible if treatment is started early."));
        assertTrue(text.contains("younger people that develop anti-SRP or anti-HMGCR IMNM seem to have a worse prognosis"));
        assertTrue(text.contains("see MDA’s Clinical Trials Finder Tool"));
    }

    @Test
    void tableOfContentsLinksEverySection() {
        List<String> targets = article.select("nav.toc ol a").eachAttr("href");
        assertEquals(List.of("#what-is", "#symptoms", "#causes", "#progression", "#research", "#references"), targets);
    }

    @Test
    void keyWordsOfTheSourceFollowTheFirstSection() {
        Element keywords = article.selectFirst("section#what-is aside.keywords");
        assertEquals("Key words", keywords.selectFirst("h3").text());
        assertEquals(List.of("idiopathic", "inflammation", "myopathy", "myositis"), keywords.select("dt").eachText());
        assertEquals("refers to a disease for which the cause is not known", keywords.selectFirst("dd").text());
    }

    @Test
    void referencesAreAListWithDoiLinks() {
        Elements items = article.select("section#references ol.references > li");
        assertEquals(3, items.size());
        assertEquals(List.of("https://doi.org/10.1056/NEJMra1402225", "https://doi.org/10.1007/s11926-018-0732-6"),
                article.select("ol.references a.doi").eachAttr("href"));
        assertTrue(items.get(2).text().contains("Neuromuscul. Disord. NMD"));
        assertEquals("3 references", article.selectFirst("#references-title .count").text());
    }

    @Test
    void lastUpdateIsTheDateFieldFormattedByIcu() {
        DateFormat icu = DateFormat.getInstanceForSkeleton("yMMMM", ULocale.ENGLISH);
        icu.setTimeZone(TimeZone.getTimeZone("UTC"));
        String expected = "Last update: " + icu.format(Date.from(Instant.parse("2023-02-01T00:00:00Z")));
        Element time = article.selectFirst("footer.article-meta time");
        assertEquals(expected, time.text());
        assertEquals("Last update: February 2023", time.text());
        assertEquals("2023-02", time.attr("datetime"));
        assertEquals("Reviewed by Julie Paik, MD, MHS; Johns Hopkins University",
                article.select("footer.article-meta p").get(2).text());
    }

    @Test
    void glossaryIsADefinitionListOfDfnTermsWithTheSourceDefinitions() {
        Elements terms = glossary.select("main dl dt > dfn");
        assertTrue(terms.eachText().containsAll(List.of("idiopathic", "inflammation", "myopathy", "myositis",
                "proximal", "necrosis", "autoimmune")), terms.eachText().toString());
        assertEquals("response of the body’s immune system to cell damage",
                glossary.selectFirst("dt#term-inflammation + dd").text());
        assertEquals("an inflammatory muscle disease (myo means muscle, and itis means inflammation)",
                glossary.selectFirst("dt#term-myositis + dd").text());
        assertEquals("8 terms", glossary.select("main header p").last().text());
    }

    @Test
    void pagesAreSemanticWithOneHeadingOne() {
        for (Path page : TestSite.htmlPages(site.out())) {
            Document doc = TestSite.parse(page);
            String name = page.toString();
            assertEquals(1, doc.select("h1").size(), name);
            assertEquals(1, doc.select("body > header").size(), name);
            assertEquals(1, doc.select("main#main").size(), name);
            assertEquals(1, doc.select("body > footer").size(), name);
            assertEquals("en", doc.selectFirst("html").attr("lang"), name);
            assertEquals("ltr", doc.selectFirst("html").attr("dir"), name);
            assertEquals("#main", doc.selectFirst("body > a.skip-link").attr("href"), name);
            String foreign = "script:not([src]):not([type=application/ld+json]), script[src*=:], script[src^=//], "
                    + "link[href^=http], link[href^=//], [style]";
            // The 404 page alone carries its style sheet inside, allowed by its hash (NotFoundPageTest).
            if (!page.endsWith("404.html")) foreign += ", style";
            assertTrue(doc.select(foreign).isEmpty(), name);
        }
    }

    @Test
    void siteHasARootPageALocaleHomeAndTheStylesheet() {
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")));
        assertTrue(Files.isRegularFile(site.out().resolve("en/index.html")));
        assertTrue(Files.isRegularFile(site.out().resolve("assets/site.css")));
        assertEquals("../../assets/site.css", article.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void noTemplateSyntaxIsLeftInTheOutput() throws Exception {
        for (Path page : TestSite.htmlPages(site.out())) {
            String html = Files.readString(page);
            for (String leftover : List.of("${", "<#", "</#", "<@", "#{", "[#")) {
                assertFalse(html.contains(leftover), page + " contains " + leftover);
            }
        }
    }

    /** Checked here independently of the build's own link check: a file:// browser's rules. */
    @Test
    void everyInternalLinkResolvesToAFileAndAnId() {
        List<String> broken = new ArrayList<>();
        for (Path page : TestSite.htmlPages(site.out())) {
            Document doc = TestSite.parse(page);
            for (Element link : doc.select("a[href], link[href], img[src], script[src]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                URI uri = URI.create(target);
                if (uri.getScheme() != null) continue;
                Path file = uri.getPath().isEmpty() ? page
                        : page.getParent().resolve(uri.getPath()).normalize();
                if (!Files.isRegularFile(file)) {
                    broken.add(page + " -> " + target);
                } else if (uri.getFragment() != null && file.toString().endsWith(".html")
                        && TestSite.parse(file).getElementById(uri.getFragment()) == null) {
                    broken.add(page + " -> " + target + " (no such id)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
