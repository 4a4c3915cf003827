package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article page with everything it loads stays light for slow phones, in every locale. */
class PageWeightIT {
    private static final long BUDGET = 30 * 1024;

    @Test
    void articleWithEverythingItLoadsIsUnder30KbAndLoadsNothingFromElsewhere() throws Exception {
        Path site = BuiltSite.folder();
        List<String> over = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<Path> articles;
        try (var locales = Files.list(site)) {
            articles = locales.map(dir -> dir.resolve("imnm/index.html")).filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(articles.size() >= 7, "articles: " + articles);
        for (Path article : articles) {
            Document doc = TestSite.parse(article);
            Set<Path> loaded = new LinkedHashSet<>(List.of(article));
            for (Element ref : doc.select("link[rel=stylesheet][href], script[src], img[src], link[rel=icon][href]")) {
                String target = ref.hasAttr("href") ? ref.attr("href") : ref.attr("src");
                if (target.contains(":") || target.startsWith("//")) outside.add(article + " loads " + target);
                else loaded.add(article.getParent().resolve(target).normalize());
            }
            long bytes = 0;
            for (Path file : loaded) bytes += Files.size(file);
            if (bytes > BUDGET) over.add(site.relativize(article) + ": " + bytes + " bytes");
        }
        assertEquals(List.of(), outside);
        assertEquals(List.of(), over);
    }

    @Test
    void theArticleReadsWithoutJavaScript() {
        Path site = BuiltSite.folder();
        Document doc = TestSite.parse(site.resolve("en/imnm/index.html"));
        assertTrue(doc.select("script[src]").stream().allMatch(s -> s.hasAttr("defer")), "scripts only enhance");
        assertTrue(doc.select("noscript").isEmpty());
        assertTrue(doc.select("main section .section-body p").size() >= 8, "the text is in the HTML itself");
    }
}
