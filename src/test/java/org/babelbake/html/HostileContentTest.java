package org.babelbake.html;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.testing.HostileSite;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Script in any input ends up as text, or fails the build at its line: never as markup that runs. */
class HostileContentTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = HostileSite.build(dir);
    }

    @Test
    void noPageHasScriptOrEventHandlersFromContent() {
        for (Path page : TestSite.htmlPages(site.out())) {
            Document doc = TestSite.parse(page);
            for (Element script : doc.select("script")) {
                boolean own = script.attr("src").startsWith("../") || script.attr("src").startsWith("assets/")
                        || script.attr("type").equals("application/ld+json");
                assertTrue(own, page + ": " + script);
                assertFalse(script.data().contains("</script"), page + ": JSON-LD cannot be closed early");
            }
            for (Element element : doc.getAllElements()) {
                element.attributes().forEach(attribute -> {
                    assertFalse(attribute.getKey().startsWith("on"), page + ": " + element);
                    assertFalse(attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"), page + ": " + element);
                });
            }
            assertTrue(doc.select("iframe, svg, object, embed").isEmpty(), page.toString());
        }
    }

    @Test
    void hostileTextIsShownAsText() {
        Document article = site.page("en/imnm/index.html");
        assertTrue(article.selectFirst("h1").text().startsWith("IMNM\"><script>window.pwned=1</script>"));
        assertEquals("<script>window.pwned=1</script>Skip", article.selectFirst("a.skip-link").text());
        assertTrue(site.page("en/imnm/glossary.html").selectFirst("dt#term-myopathy dfn").text().startsWith("<img src=x"));
        Element symptoms = article.selectFirst("section#symptoms");
        assertTrue(symptoms.select("a").stream().noneMatch(a -> a.attr("href").contains("javascript")));
        assertEquals("#causes", symptoms.selectFirst("a[href=#causes]").attr("href"), "safe links stay");
        assertEquals("<script>" + HostileSite.MARK + "</script>", symptoms.selectFirst("code").text(), "code shows script as text");
        assertTrue(symptoms.text().contains("<img src=x onerror="), "escaped markup is text");
    }

    @Test
    void scriptEventHandlersAndFramesInMarkdownFailTheBuildAtTheirLine(@TempDir Path other) {
        TestSite hostile = TestSite.copyOfProject(other).keepLocales("en");
        hostile.replace("content/en/imnm/20-symptoms.md", HostileSite.SYMPTOMS_LINE, HostileSite.MARKUP);
        BuildFailedException failure = assertThrows(BuildFailedException.class, hostile::build);
        int line = hostile.read("content/en/imnm/20-symptoms.md").lines().toList().indexOf(HostileSite.MARKUP) + 1;
        List<String> messages = failure.problems().stream()
                .peek(p -> assertEquals("content/en/imnm/20-symptoms.md:" + line, p.file() + ":" + p.line(), p.toString()))
                .map(Problem::message).toList();
        for (String removed : List.of("<script> is removed", "event handler onerror= on <img> is removed",
                "href \"javascript:" + HostileSite.MARK + "\" on <a> is removed", "event handler onclick= on <a> is removed",
                "<iframe> is removed", "<svg> is removed", "image \"https://example.invalid/x.png\" is on another site")) {
            assertTrue(messages.stream().anyMatch(m -> m.startsWith(removed)), removed + " in\n" + failure.getMessage());
        }
    }
}
