package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Articles printed to PDF by Chromium, as a reader prints a leaflet, and read back with
 * poppler's {@code pdftotext}: what is on paper, not what the HTML holds.
 */
@Tag("browser")
class PrintIT {
    private static final String BASE = "https://example.org/myositis/";
    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    @TempDir
    static Path dir;
    private static TestSite site;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildAndStart() {
        site = TestSite.copyOfProject(dir).keepLocales("en", "ar", "ru", "zh-Hans");
        site.replace("jbake.properties", "#site.baseUrl=", "site.baseUrl=" + BASE);
        site.build();
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "ru", "zh-Hans"})
    void printedArticleHasTitleReviewLinesDisclaimerAndSourceAddress(String tag) throws Exception {
        Document page = site.page(tag + "/imnm/index.html");
        String paper = flat(String.join("", print(tag)));
        assertTrue(paper.contains(flat(page.selectFirst("h1").text())), tag + ": title");
        assertTrue(paper.contains(flat(page.selectFirst(".article-meta time").text())), tag + ": review lines");
        assertTrue(paper.contains(flat(page.selectFirst(".next-review").text())), tag + ": next review");
        assertTrue(paper.contains(flat(page.selectFirst(".site-footer .disclaimer").text())), tag + ": disclaimer\n" + paper);
        assertTrue(paper.contains(flat(BASE + tag + "/imnm/index.html")), tag + ": source address\n" + paper);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "ru", "zh-Hans"})
    void eachDoiIsPrintedOnce(String tag) throws Exception {
        String paper = flat(String.join("", print(tag)));
        for (String doi : List.of("10.1056/NEJMra1402225", "10.1007/s11926-018-0732-6")) {
            assertEquals(1, paper.split(Pattern.quote(flat(doi)), -1).length - 1, tag + ": " + doi + " in\n" + paper);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "ru", "zh-Hans"})
    void noPrintedPageHoldsOnlyAFewLines(String tag) throws Exception {
        List<String> pages = print(tag);
        for (int i = 0; i < pages.size(); i++) {
            long lines = pages.get(i).lines().filter(l -> !l.isBlank()).count();
            assertTrue(lines >= 4, tag + ": page " + (i + 1) + " of " + pages.size() + " holds " + lines + " lines:\n" + pages.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ru", "zh-Hans"})
    void theDraftNoticePrintsTheAddressOfTheEnglishOriginal(String tag) throws Exception {
        String paper = flat(String.join("", print(tag)));
        assertTrue(site.page(tag + "/imnm/index.html").selectFirst(".notice-draft") != null, tag + " is a draft");
        assertTrue(paper.contains(flat(BASE + "en/imnm/index.html")), tag + ":\n" + paper);
    }

    /** The article printed on A4, as the text of each page; the PDF stays in target/print to look at. */
    private static List<String> print(String tag) throws IOException, InterruptedException {
        browser.get(site.out().resolve(tag + "/imnm/index.html").toUri().toString());
        browser.executeAsyncScript("document.fonts.ready.then(() => arguments[arguments.length - 1]())");
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        Path folder = Files.createDirectories(Path.of("target/print"));
        Path file = folder.resolve(tag + "-article.pdf");
        Files.write(file, pdf);
        return pdfText(file);
    }

    private static List<String> pdfText(Path pdf) throws IOException, InterruptedException {
        if (!Files.isExecutable(PDFTOTEXT)) {
            String why = PDFTOTEXT + " is missing; install the Debian package poppler-utils (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(why);
            Assumptions.abort(why);
        }
        Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-layout", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftotext failed on " + pdf);
        List<String> pages = List.of(text.split("\f"));
        return pages.stream().filter(p -> !p.isBlank()).toList();
    }

    /**
     * Text as comparable between HTML and PDF: without spaces and line breaks (lines wrap
     * differently on paper), bidi controls and punctuation (pdftotext puts its own controls around
     * a left-to-right run or a number in Arabic, and brackets and full stops on the wrong side of them) and compatibility
     * forms (pdftotext gives Arabic presentation forms as it finds them), and the letters of
     * Arabic lam-alef ligatures, which pdftotext gives back in the wrong order (لا as ال).
     */
    private static String flat(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return plain.replaceAll("[\\s\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\p{P}\\u0622\\u0623\\u0625\\u0627\\u0644]", "");
    }
}
