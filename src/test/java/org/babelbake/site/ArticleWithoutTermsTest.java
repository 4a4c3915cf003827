package org.babelbake.site;

import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article with no glossary terms and a reviewer with no affiliation: nothing empty, nothing dangling. */
class ArticleWithoutTermsTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static Document article;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        for (String tag : new String[] {"en", "es"}) {
            try (Stream<Path> terms = Files.list(site.root().resolve("content/" + tag + "/imnm/glossary"))) {
                for (Path term : terms.toList()) Files.delete(term);
            }
            Files.delete(site.root().resolve("content/" + tag + "/imnm/glossary"));
        }
        site.replace("content/en/imnm/index.md", "reviewer.affiliation=Johns Hopkins University\n", "");
        site.build();
        article = site.page("en/imnm/index.html");
    }

    @Test
    void noGlossaryPageAndNoLinkToOne() {
        for (String tag : new String[] {"en", "es"}) {
            assertFalse(Files.exists(site.out().resolve(tag + "/imnm/glossary.html")), tag);
            Document page = site.page(tag + "/imnm/index.html");
            assertTrue(page.select("a[href*=glossary]").isEmpty(), tag + ": " + page.select("a[href*=glossary]"));
            assertNull(page.selectFirst("aside.keywords"), tag);
        }
        assertFalse(article.text().contains("glossary"), "no \"All terms are explained in the glossary\"");
    }

    @Test
    void reviewerWithoutAffiliationHasNoDanglingSeparator() {
        assertTrue(article.select("footer.article-meta p").eachText().contains("Reviewed by Julie Paik, MD, MHS"),
                article.select("footer.article-meta p").eachText().toString());
        String spanish = site.page("es/imnm/index.html").select("footer.article-meta p").eachText().stream()
                .filter(l -> l.startsWith("Revisado por")).findFirst().orElseThrow();
        assertEquals("Revisado por Julie Paik, MD, MHS", spanish);
    }
}
