package org.babelbake.site;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** serve's updates: an edit re-renders the pages that show it, and only those; anything else rebuilds all. */
class PreviewSiteTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(0);
    @TempDir
    Path dir;
    TestSite site;
    PreviewSite preview;

    @BeforeEach
    void buildOnce() {
        site = TestSite.copyOfProject(dir).keepLocales("en", "es", "de");
        preview = new PreviewSite(site.root(), site.out(), "test");
        assertTrue(preview.update(Set.of()).full(), "the first build is a full one");
    }

    @Test
    void anEditReRendersTheArticleInEveryLocaleButNothingElse() throws Exception {
        Path zip = site.out().resolve("downloads/babelbake-info-es.zip");
        Path chooser = site.out().resolve("index.html");
        Path home = site.out().resolve("es/index.html");
        Files.setLastModifiedTime(zip, LONG_AGO);
        Files.setLastModifiedTime(chooser, LONG_AGO);
        Files.setLastModifiedTime(home, LONG_AGO);

        site.replace("content/en/imnm/50-research.md", "are underway", "are under way");
        PreviewSite.Update update = preview.update(Set.of(site.root().resolve("content/en/imnm/50-research.md")));

        assertFalse(update.full());
        assertEquals("content/en/imnm/50-research.md", update.changed());
        assertEquals(3 * 2, update.pages(), "article and glossary page in each of 3 locales");
        assertTrue(site.page("en/imnm/index.html").text().contains("are under way"));
        assertNotNull(site.page("es/imnm/index.html").selectFirst(".notice-outdated"),
                "the Spanish translation of the changed section is now outdated, and says so");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(zip), "offline copies are left to full builds");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(chooser), "pages that do not show the change are not written");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(home), "home pages show titles, which a section does not change");
        preview.writeStatus();
        assertTrue(Files.readString(site.root().resolve("target/translation-status.json")).contains("\"outdated\""),
                "the translation status follows the edit");
    }

    @Test
    void aBrokenEditIsReportedAndTheNextUpdateIsAFullBuild() {
        site.replace("content/en/imnm/50-research.md", "type=section", "type=chapter");
        BuildFailedException failed = assertThrows(BuildFailedException.class,
                () -> preview.update(Set.of(site.root().resolve("content/en/imnm/50-research.md"))));
        assertEquals("content/en/imnm/50-research.md", failed.problems().get(0).file());

        site.replace("content/en/imnm/50-research.md", "type=chapter", "type=section");
        assertTrue(preview.update(Set.of(site.root().resolve("content/en/imnm/50-research.md"))).full());
    }

    @Test
    void anUpdateThatFailsItsLinkCheckLeavesTheServedPagesExactlyAsTheyWere() throws Exception {
        Map<String, String> served = TestSite.fingerprint(site.out());
        PreviewSite.Update published = preview.lastPublished().orElseThrow();
        site.replace("content/en/imnm/50-research.md", "are underway.", "are underway (see [below](#no-such-section)).");

        BuildFailedException failed = assertThrows(BuildFailedException.class,
                () -> preview.update(Set.of(site.root().resolve("content/en/imnm/50-research.md"))));

        assertEquals("content/en/imnm/50-research.md:5", failed.problems().get(0).file() + ":" + failed.problems().get(0).line());
        assertTrue(failed.problems().get(0).message().contains("#no-such-section"), failed.problems().get(0).message());
        assertEquals(List.of(), changed(served, TestSite.fingerprint(site.out())), "no page of the failed update reached the served folder");
        assertEquals(published, preview.lastPublished().orElseThrow(), "what is served is still the last published update");
        try (Stream<Path> siblings = Files.list(site.out().getParent())) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.s")).toList(),
                    "the staged pages are gone");
        }
    }

    @Test
    void anUpdateWaitsForTheBuildThatHoldsTheOutputLockBeforeWritingAnything() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        PreviewSite polite = new PreviewSite(site.root(), site.out(), "test", lockFile -> waiting.countDown());
        polite.update(Set.of());
        Map<String, String> served = TestSite.fingerprint(site.out());
        site.replace("content/en/imnm/50-research.md", "are underway", "are under way");
        CompletableFuture<PreviewSite.Update> update;
        try (OutputLock other = OutputLock.acquire(site.out(), OutputLock.WhenBusy.WAIT)) {
            update = CompletableFuture.supplyAsync(() -> polite.update(Set.of(site.root().resolve("content/en/imnm/50-research.md"))));
            assertTrue(waiting.await(60, TimeUnit.SECONDS), "the update never said it was waiting");
            assertEquals(List.of(), changed(served, TestSite.fingerprint(site.out())), "nothing is written while another build holds the lock");
        }
        assertFalse(update.get(60, TimeUnit.SECONDS).full());
        assertTrue(site.page("en/imnm/index.html").text().contains("are under way"));
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream().filter(p -> !Objects.equals(before.get(p), after.get(p))).toList();
    }

    @Test
    void newFilesTemplatesAndTranslationsRebuildEverything() {
        site.write("content/en/imnm/55-more.md", "type=section\nstatus=published\ntitle=More\n~~~~~~\nMore text.\n");
        assertTrue(preview.update(Set.of(site.root().resolve("content/en/imnm/55-more.md"))).full());
        assertTrue(preview.update(Set.of(site.root().resolve("templates/article.ftl"))).full());
        assertTrue(preview.update(Set.of(site.root().resolve("translations/es.properties"))).full());
        assertTrue(preview.update(Set.of()).full(), "unknown changes");
    }

    @Test
    void aNewTitleInAnArticlesOwnFileReachesTheHomePages() {
        site.replace("content/es/imnm/index.md", "title=", "title=Nuevo: ");
        PreviewSite.Update update = preview.update(Set.of(site.root().resolve("content/es/imnm/index.md")));
        assertFalse(update.full());
        assertTrue(site.page("es/index.html").text().contains("Nuevo: "), "the Spanish home lists the new title");
    }

    @Test
    void aNewAddressForANamedLinkReachesEverySectionThatUsesIt() {
        site.replace("content/en/imnm/index.md", "https://www.mda.org/research/clinical-trials", "https://example.org/trials");
        assertFalse(preview.update(Set.of(site.root().resolve("content/en/imnm/index.md"))).full());
        assertEquals("https://example.org/trials", site.page("es/imnm/index.html").selectFirst("#research a.external").attr("href"),
                "sections keep no rendering made with the old address");
    }

    @Test
    void aSectionWithAnImageCanBeEditedAgainAndAgain() throws Exception {
        Path photo = site.root().resolve("content/en/imnm/photo.png");
        Files.write(photo, PageImagesTest.png(40, 30));
        site.replace("content/en/imnm/50-research.md", "~~~~~~\n", "~~~~~~\n![A muscle fibre](photo.png)\n\n");
        Path section = site.root().resolve("content/en/imnm/50-research.md");
        assertTrue(preview.update(Set.of(photo, section)).full(), "a new file rebuilds everything");
        // Each edit compares the article's text with what was linked last time, then links the new text.
        for (String[] edit : List.of(new String[] {"are underway", "are under way"}, new String[] {"are under way", "are underway"})) {
            site.replace("content/en/imnm/50-research.md", edit[0], edit[1]);
            assertFalse(preview.update(Set.of(section)).full());
            assertTrue(site.page("en/imnm/index.html").text().contains(edit[1]));
            assertEquals("40", site.page("en/imnm/index.html").selectFirst("#research img").attr("width"));
        }
    }
}
