package org.babelbake.translation;

import org.babelbake.cli.BabelbakeCommand;
import org.babelbake.testing.StatusFile;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every translated field is tracked, and readers are told which part is behind: the English
 * site is edited in a section title, the article description, a key word and a reference title;
 * one Spanish file loses its stamp.
 */
class TrackedTranslationTest {
    private static final String ORIGINAL = "../../en/imnm/index.html";
    private static final String ORIGINAL_GLOSSARY = "../../en/imnm/glossary.html";

    @TempDir
    static Path dir;
    static TestSite site;
    static String statusOut;

    @BeforeAll
    static void editTheEnglishAndBuild() {
        site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        site.replace("content/en/imnm/20-symptoms.md", "title=What are the symptoms", "title=What are the signs");
        site.replace("content/en/imnm/index.md", "description=IMNM is one of", "description=IMNM is among");
        site.replace("content/en/imnm/glossary/myopathy.md", "title=myopathy", "title=myopathy (muscle disease)");
        site.replace("content/en/imnm/60-references.md", "ref.1.title=Inflammatory Muscle Diseases",
                "ref.1.title=Inflammatory muscle diseases");
        site.write("content/es/imnm/30-causes.md", site.read("content/es/imnm/30-causes.md")
                .replaceAll("(?m)^translation\\.source=.*\\n", ""));
        site.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            BabelbakeCommand.commandLine().execute("status", "--source", site.root().toString());
        } finally {
            System.setOut(original);
        }
        statusOut = out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachTranslatedFieldThatChangedMakesItsFileOutdated() {
        for (String file : new String[]{"imnm/20-symptoms.md", "imnm/index.md", "imnm/glossary/myopathy.md", "imnm/60-references.md"}) {
            assertEquals("outdated", StatusFile.pageStatus(site, "es", file), file);
        }
        assertEquals("translated", StatusFile.pageStatus(site, "es", "imnm/10-what-is.md"));
        assertEquals("translated", StatusFile.pageStatus(site, "es", "imnm/glossary/myositis.md"));
    }

    @Test
    void aChangedSectionHasTheNoticeOnThatSectionLinkingToItsEnglishAnchor() {
        Document page = site.page("es/imnm/index.html");
        Element notice = page.selectFirst("section#symptoms p.notice-outdated");
        assertEquals(ORIGINAL + "#symptoms", notice.selectFirst("a").attr("href"));
        assertEquals("en", notice.selectFirst("a").attr("hreflang"));
        assertTrue(notice.text().startsWith("El original en inglés ha cambiado"), "in the reader's language: " + notice.text());
        assertNull(notice.selectFirst("[lang]"), "the notice itself is Spanish");
        assertTrue(page.select("section#what-is > .notice-outdated, section#progression > .notice-outdated").isEmpty());
        assertEquals(ORIGINAL + "#references", page.selectFirst("section#references p.notice-outdated a").attr("href"),
                "a changed reference title outdates the references");
    }

    @Test
    void aChangedDescriptionPutsTheNoticeAtTheArticleTop() {
        Element notice = site.page("es/imnm/index.html").selectFirst(".article-header p.notice-outdated");
        assertEquals(ORIGINAL, notice.selectFirst("a").attr("href"));
    }

    @Test
    void aChangedTermIsFlaggedInTheGlossaryAndInTheKeyWordsAlike() {
        Element glossaryTerm = site.page("es/imnm/glossary.html").selectFirst("dt#term-myopathy").parent();
        Element glossaryNotice = glossaryTerm.selectFirst("dd.notice-outdated");
        assertEquals(ORIGINAL_GLOSSARY + "#term-myopathy", glossaryNotice.selectFirst("a").attr("href"));
        assertTrue(site.page("es/imnm/glossary.html").selectFirst(".article-header .notice-outdated") == null,
                "the glossary's top says nothing: the term does");

        Document article = site.page("es/imnm/index.html");
        Element keyword = article.selectFirst("aside.keywords a[href$=#term-myopathy]").closest("div");
        Element keywordNotice = keyword.selectFirst("dd.notice-outdated");
        assertEquals(glossaryNotice.text(), keywordNotice.text(), "the same notice as the glossary");
        assertEquals(ORIGINAL_GLOSSARY + "#term-myopathy", keywordNotice.selectFirst("a").attr("href"));
        assertEquals(1, article.select("aside.keywords .notice-outdated").size(), "only the changed key word");
        assertEquals(1, site.page("es/imnm/glossary.html").select(".notice-outdated").size());
    }

    @Test
    void aTranslationWithoutStampIsNotYetStampedNeverOutdated() {
        assertEquals("unstamped", StatusFile.pageStatus(site, "es", "imnm/30-causes.md"));
        Element causes = site.page("es/imnm/index.html").selectFirst("section#causes");
        assertTrue(causes.select(".notice-outdated, .notice-fallback").isEmpty(), causes.outerHtml());
        assertFalse(causes.selectFirst(".section-body").hasAttr("lang"), "shown as the Spanish translation it is");
        assertTrue(statusOut.contains("content/es/imnm/30-causes.md: not yet stamped"), statusOut);
        assertTrue(site.read("target/translation-status.html").contains("<td>not yet stamped</td>"));
    }

    @Test
    void statusCountsEveryState() {
        assertTrue(statusOut.contains("locale     translated  outdated     stamped  missing   missing invalid outdated  unused"), statusOut);
        assertTrue(statusOut.lines().anyMatch(l -> l.matches("es\\s+12\\s+4\\s+1\\s+0\\s+0\\s+0\\s+0\\s+0")), statusOut);
    }
}
