package org.babelbake.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** schema.org JSON-LD on real pages: valid JSON in a fixed property order, and no way out of its script block. */
class StructuredDataTest {
    private static final String TERM = "myopathy\u2028</script><script>window.pwned=1</script><!--";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace("content/en/imnm/glossary/myopathy.md", "title=myopathy", "title=" + TERM);
        site.build();
    }

    @Test
    void aTermContainingAScriptEndTagCannotCloseTheJsonLdBlock() throws Exception {
        Document glossary = site.page("en/imnm/glossary.html");
        List<Element> scripts = glossary.select("script");
        assertTrue(scripts.stream().noneMatch(s -> s.data().contains("pwned") && !s.attr("type").equals("application/ld+json")),
                "no script element was opened by the term: " + scripts);
        Element block = glossary.selectFirst("script[type=application/ld+json]");
        JsonNode json = JSON.readTree(block.data());
        List<String> names = new ArrayList<>();
        json.get("hasDefinedTerm").forEach(term -> names.add(term.get("name").asText()));
        assertTrue(names.contains(TERM), "the term reads back whole from the JSON-LD: " + names);
        assertEquals(1, glossary.select("script[type=application/ld+json]").size());
    }

    @Test
    void glossaryJsonLdHasItsPropertiesInSchemaOrder() throws Exception {
        JsonNode json = JSON.readTree(site.page("en/imnm/glossary.html").selectFirst("script[type=application/ld+json]").data());
        assertEquals(List.of("@context", "@type", "name", "inLanguage", "hasDefinedTerm"), fields(json));
        assertEquals(List.of("@type", "name", "description", "inLanguage"), fields(json.get("hasDefinedTerm").get(0)));
    }

    @Test
    void articleJsonLdHasItsPropertiesInSchemaOrder() throws Exception {
        JsonNode json = JSON.readTree(site.page("en/imnm/index.html").selectFirst("script[type=application/ld+json]").data());
        assertEquals(List.of("@context", "@type", "name", "description", "inLanguage", "about", "lastReviewed",
                "dateModified", "reviewedBy", "citation"), fields(json));
        assertEquals(List.of("@type", "name", "affiliation"), fields(json.get("reviewedBy")));
        assertEquals(List.of("@type", "name", "inLanguage", "author", "datePublished", "isPartOf", "sameAs"),
                fields(json.get("citation").get(0)));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
