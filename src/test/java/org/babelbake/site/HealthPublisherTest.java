package org.babelbake.site;

import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a trusted health publisher shows: review dates, reviewer, structured data, linked terms. */
class HealthPublisherTest {
    @TempDir
    static Path dir;
    static Document article;

    @BeforeAll
    static void build() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace("jbake.properties", "#site.baseUrl=", "site.baseUrl=https://charity.example/imnm/");
        site.build();
        article = site.page("en/imnm/index.html");
    }

    @Test
    void footerShowsReviewDatesAndReviewer() {
        List<String> lines = article.select("footer.article-meta p").eachText();
        assertTrue(lines.contains("Last reviewed: February 2023"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Next review due: February 2026")),
                "three years after the review by default: " + lines);
        assertTrue(lines.contains("Reviewed by Julie Paik, MD, MHS; Johns Hopkins University"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void structuredDataIsAMedicalWebPageWithReviewAndCitations() {
        Element script = article.selectFirst("head script[type=application/ld+json]");
        Map<String, Object> json = new Json().toType(script.data(), Map.class);
        assertEquals("https://schema.org", json.get("@context"));
        assertEquals("MedicalWebPage", json.get("@type"));
        assertEquals("MedicalCondition", ((Map<String, Object>) json.get("about")).get("@type"));
        assertEquals("2023-02-01", json.get("lastReviewed"));
        assertEquals("en", json.get("inLanguage"));
        assertEquals("https://charity.example/imnm/en/imnm/index.html", json.get("url"));
        assertEquals("Julie Paik, MD, MHS", ((Map<String, Object>) json.get("reviewedBy")).get("name"));
        List<Map<String, Object>> citations = (List<Map<String, Object>>) json.get("citation");
        assertEquals(3, citations.size());
        assertEquals("https://doi.org/10.1056/NEJMra1402225", citations.get(0).get("sameAs"));
    }

    @Test
    void eachGlossaryTermIsLinkedOnceInTheTextAndNeverInHeadings() {
        List<String> linked = article.select("section .section-body a.term").eachAttr("href");
        assertEquals(linked.stream().distinct().toList(), linked, "each term once");
        assertTrue(linked.contains("glossary.html#term-necrosis"));
        assertTrue(article.select("h1 a, h2 a, h3 a.term").isEmpty());
        Element necrosis = article.selectFirst("a.term[href$=#term-necrosis]");
        assertEquals("cell death; in IMNM, the death of muscle fibers", necrosis.attr("title"));
        assertEquals("symptoms", necrosis.closest("section").id(), "first use is in the symptoms section");
    }

    @Test
    void theSourcesPointersAreMarkedExternalLinksToTheNamedPages() {
        Map<String, String> expected = Map.of(
                "Signs and Symptoms", "https://www.mda.org/disease/inflammatory-myopathies/signs-and-symptoms",
                "Causes/Inheritance", "https://www.mda.org/disease/inflammatory-myopathies/causes-inheritance",
                "MDA’s Clinical Trials Finder Tool", "https://www.mda.org/research/clinical-trials");
        List<Element> links = article.select(".section-body a.external");
        assertEquals(3, links.size(), links.toString());
        for (Element link : links) {
            String note = link.selectFirst(".external-note").text();
            assertEquals("(external site)", note);
            String name = link.text().replace(" " + note, "");
            assertEquals(expected.get(name), link.attr("href"), name);
            assertEquals("external", link.attr("rel"));
        }
        assertTrue(article.selectFirst("#research").text().contains("For a list of IMNM clinical trials, see MDA’s Clinical "
                + "Trials Finder Tool (external site)."), "the sentence reads on around the link");
    }
}
