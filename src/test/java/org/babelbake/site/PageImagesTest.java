package org.babelbake.site;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images kept beside the Markdown (page bundles): published with the page online and in every
 * offline copy, a language's own version for its readers, sized, lazy below the first, and
 * alt text required.
 */
class PageImagesTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static final byte[] PHOTO = png(400, 300);
    static final byte[] PHOTO_AR = png(320, 200);

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.copyOfProject(dir).keepLocales("en", "ar", "de");
        Files.write(site.root().resolve("content/en/imnm/photo.png"), PHOTO);
        Files.write(site.root().resolve("content/en/imnm/photo.ar.png"), PHOTO_AR);
        Files.write(site.root().resolve("content/en/imnm/chart.jpg"), jpeg(90, 60));
        site.write("content/en/imnm/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 120\"><rect width=\"240\" height=\"120\"/></svg>\n");
        site.write("content/en/imnm/border.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"50px\" height=\"10\"/>\n");
        Files.write(site.root().resolve("assets/logo.png"), png(64, 32));
        site.replace("content/en/imnm/30-causes.md", "In most cases, the cause of an IIM is unclear.",
                "![A muscle fibre under a microscope](photo.png)\n\n![](border.svg \"decorative\")\n\n"
                        + "![Diagram of the immune response](diagram.svg)\n\nIn most cases, the cause of an IIM is unclear.");
        site.replace("content/ar/imnm/30-causes.md", "~~~~~~\n", "~~~~~~\n![ألياف عضلية تحت المجهر](photo.png)\n\n");
        site.delete("content/de/imnm/30-causes.md"); // German falls back to the English section
        site.replace("content/en/imnm/40-progression.md", "~~~~~~\n",
                "~~~~~~\n![Chart of muscle strength over time](chart.jpg)\n\n![The charity's logo](../../assets/logo.png)\n\n");
        Files.write(site.root().resolve("content/en/imnm/glossary/necrosis.png"), png(40, 20));
        site.replace("content/en/imnm/glossary/necrosis.md", "cell death;", "![Dead muscle fibres](necrosis.png) cell death;");
        site.build();
    }

    private Elements images(String page) {
        return site.page(page).select("main img");
    }

    @Test
    void bundleImageIsPublishedBesideThePageWithItsSize() throws IOException {
        Element photo = images("en/imnm/index.html").select("img[src=photo.png]").first();
        assertNotNull(photo);
        assertEquals("400", photo.attr("width"));
        assertEquals("300", photo.attr("height"));
        assertEquals("A muscle fibre under a microscope", photo.attr("alt"));
        assertArrayEquals(PHOTO, Files.readAllBytes(site.out().resolve("en/imnm/photo.png")));
    }

    @Test
    void svgTakesItsSizeFromViewBoxOrWidthAndHeight() {
        Document page = site.page("en/imnm/index.html");
        Element diagram = page.selectFirst("img[src=diagram.svg]");
        assertEquals(List.of("240", "120"), List.of(diagram.attr("width"), diagram.attr("height")));
        Element border = page.selectFirst("img[src=border.svg]");
        assertEquals(List.of("50", "10"), List.of(border.attr("width"), border.attr("height")));
        Element chart = page.selectFirst("img[src=chart.jpg]");
        assertEquals(List.of("90", "60"), List.of(chart.attr("width"), chart.attr("height")));
    }

    @Test
    void assetImageLinkedRelativeToThePageIsSized() {
        Element logo = site.page("en/imnm/index.html").selectFirst("img[src=../../assets/logo.png]");
        assertEquals(List.of("64", "32"), List.of(logo.attr("width"), logo.attr("height")));
    }

    @Test
    void onlyTheFirstImageOfThePageLoadsAtOnce() {
        Elements all = images("en/imnm/index.html");
        assertEquals(5, all.size(), all.toString());
        assertFalse(all.get(0).hasAttr("loading"), all.get(0).toString());
        assertTrue(all.stream().skip(1).allMatch(img -> img.attr("loading").equals("lazy")), all.toString());
    }

    @Test
    void decorativeImageHasEmptyAlt() {
        Element border = site.page("en/imnm/index.html").selectFirst("img[src=border.svg]");
        assertTrue(border.hasAttr("alt") && border.attr("alt").isEmpty(), border.toString());
        assertFalse(border.hasAttr("role"), "HTML forbids a role beside alt=\"\"");
        assertFalse(border.hasAttr("title"), "the marker is not shown as a tooltip");
    }

    @Test
    void languageWithItsOwnVersionGetsItUnderThePlainName() throws IOException {
        Element arabic = site.page("ar/imnm/index.html").selectFirst("img[src=photo.png]");
        assertEquals(List.of("320", "200"), List.of(arabic.attr("width"), arabic.attr("height")));
        assertArrayEquals(PHOTO_AR, Files.readAllBytes(site.out().resolve("ar/imnm/photo.png")));
        // German shows the source's section (a fallback), and the source's image.
        assertEquals("400", site.page("de/imnm/index.html").selectFirst("img[src=photo.png]").attr("width"));
        assertArrayEquals(PHOTO, Files.readAllBytes(site.out().resolve("de/imnm/photo.png")));
        assertFalse(Files.exists(site.out().resolve("ar/imnm/photo.ar.png")), "a language's version is not published twice");
    }

    @Test
    void everyOfflineCopyHoldsTheImagesOfItsPages() throws IOException {
        assertArrayEquals(PHOTO_AR, entry("ar", "ar/imnm/photo.png"));
        assertArrayEquals(PHOTO, entry("ar", "en/imnm/photo.png"));
        assertArrayEquals(PHOTO, entry("all-languages", "de/imnm/photo.png"));
        assertArrayEquals(PHOTO_AR, entry("all-languages", "ar/imnm/photo.png"));
        assertNotNull(entry("en", "en/imnm/diagram.svg"));
    }

    @Test
    void glossaryTermsImageIsPublishedInItsFolderAndLinkedFromTheGlossaryPage() {
        Element image = site.page("en/imnm/glossary.html").selectFirst("img[alt=Dead muscle fibres]");
        assertEquals("glossary/necrosis.png", image.attr("src"));
        assertEquals(List.of("40", "20", "lazy"), List.of(image.attr("width"), image.attr("height"), image.attr("loading")));
        assertTrue(Files.isRegularFile(site.out().resolve("en/imnm/glossary/necrosis.png")));
        assertTrue(Files.isRegularFile(site.out().resolve("ar/imnm/glossary/necrosis.png")), "published for every language");
    }

    @Test
    void pageThatIsAFolderPublishesItsImagesOnlineAndOffline(@TempDir Path other) throws IOException {
        TestSite pages = TestSite.copyOfProject(other).keepLocales("en", "fr");
        pages.write("content/en/team/index.md", "type=page\nstatus=published\ntitle=Our team\n~~~~~~\n"
                + "![The volunteers at the 2026 meeting](group.png)\n\nWe are volunteers.\n");
        Files.write(pages.root().resolve("content/en/team/group.png"), png(30, 20));
        pages.build();
        Element group = pages.page("fr/team/index.html").selectFirst("main img");
        assertEquals(List.of("group.png", "30", "20"), List.of(group.attr("src"), group.attr("width"), group.attr("height")));
        assertTrue(Files.isRegularFile(pages.out().resolve("fr/team/group.png")));
        try (var zips = Files.list(pages.out().resolve("downloads"))) {
            Path zip = zips.filter(z -> z.getFileName().toString().endsWith("-fr.zip")).findFirst().orElseThrow();
            String copy = zip.getFileName().toString().replace(".zip", "");
            try (ZipFile file = new ZipFile(zip.toFile())) {
                assertNotNull(file.getEntry(copy + "/fr/team/group.png"), "the offline copy holds the page's image");
            }
        }
    }

    @Test
    void imageBesideAPageFileSaysToMakeThePageAFolder(@TempDir Path other) throws IOException {
        TestSite pages = TestSite.copyOfProject(other).keepLocales("en");
        pages.write("content/en/team.md", "type=page\nstatus=published\ntitle=Our team\n~~~~~~\n![The volunteers](group.png)\n");
        Files.write(pages.root().resolve("content/en/group.png"), png(30, 20));
        BuildFailedException failure = assertThrows(BuildFailedException.class, pages::build);
        Problem problem = failure.problems().get(0);
        assertEquals("content/en/team.md:5", problem.file() + ":" + problem.line(), failure.getMessage());
        assertTrue(problem.message().contains("make the page a folder: move content/en/team.md to content/en/team/index.md"),
                problem.message());
    }

    @Test
    void imageWithoutAltTextIsAnErrorAtItsLine(@TempDir Path other) throws IOException {
        Problem problem = failing(other, "![](photo.png)");
        assertEquals("content/en/imnm/30-causes.md", problem.file());
        assertEquals(5, problem.line());
        assertTrue(problem.message().contains("has no alt text") && problem.message().contains("\"decorative\""), problem.message());
    }

    @Test
    void rootRelativeAssetPathSuggestsThePathThatWorks(@TempDir Path other) throws IOException {
        Problem problem = failing(other, "![Logo](/assets/logo.png)");
        assertEquals(5, problem.line());
        assertTrue(problem.message().contains("write ../../assets/logo.png"), problem.message());
    }

    @Test
    void assetsPathWithoutStepsUpSuggestsThePathThatWorks(@TempDir Path other) throws IOException {
        Problem problem = failing(other, "![Logo](assets/logo.png)");
        assertTrue(problem.message().contains("write ../../assets/logo.png"), problem.message());
    }

    @Test
    void imageFromAnotherSiteIsRefused(@TempDir Path other) throws IOException {
        Problem problem = failing(other, "![Logo](https://example.org/logo.png)");
        assertTrue(problem.message().contains("is on another site"), problem.message());
    }

    @Test
    void webpImageIsRefusedAsUnsupported(@TempDir Path other) throws IOException {
        TestSite broken = TestSite.copyOfProject(other).keepLocales("en");
        Files.write(broken.root().resolve("content/en/imnm/photo.webp"), new byte[] {'R', 'I', 'F', 'F'});
        BuildFailedException failure = assertThrows(BuildFailedException.class, broken::build);
        assertEquals("content/en/imnm/photo.webp", failure.problems().get(0).file());
        assertTrue(failure.problems().get(0).message().contains("WebP images are not supported"), failure.getMessage());
    }

    private static Problem failing(Path other, String markdown) throws IOException {
        TestSite broken = TestSite.copyOfProject(other).keepLocales("en");
        Files.write(broken.root().resolve("content/en/imnm/photo.png"), PHOTO);
        Files.write(broken.root().resolve("assets/logo.png"), png(64, 32));
        broken.replace("content/en/imnm/30-causes.md", "In most cases, the cause of an IIM is unclear.",
                markdown + "\n\nIn most cases, the cause of an IIM is unclear.");
        BuildFailedException failure = assertThrows(BuildFailedException.class, broken::build);
        assertEquals(1, failure.problems().size(), failure.getMessage());
        return failure.problems().get(0);
    }

    /** A file of the offline copy of one edition ({@code ar}, {@code all-languages}), read from its zip. */
    private static byte[] entry(String edition, String path) throws IOException {
        // Copies are named <site slug>-<edition>.zip and unzip into a folder of the same name.
        String copy;
        try (var zips = Files.list(site.out().resolve("downloads"))) {
            copy = zips.map(z -> z.getFileName().toString()).filter(n -> n.endsWith("-" + edition + ".zip")).findFirst()
                    .orElseThrow().replace(".zip", "");
        }
        try (ZipFile file = new ZipFile(site.out().resolve("downloads/" + copy + ".zip").toFile())) {
            String name = copy + "/" + path;
            ZipEntry entry = file.getEntry(name);
            assertNotNull(entry, name + " in " + copy + ".zip");
            return file.getInputStream(entry).readAllBytes();
        }
    }

    static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    private static byte[] jpeg(int width, int height) {
        return image(width, height, "jpg");
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        // A different colour per size, so that two images of the test differ in their bytes.
        Arrays.fill(((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData(), width * 31 + height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
