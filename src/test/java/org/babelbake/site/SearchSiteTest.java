package org.babelbake.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.babelbake.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's site with its search: a box on every page, an index per locale, in every offline copy. */
class SearchSiteTest {
    static final List<String> LOCALES = MultilingualSiteTest.LOCALES;
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOfProject(dir);
        site.build();
    }

    private static long visibleTextBytes(String tag) {
        return TestSite.htmlPages(site.out().resolve(tag)).stream()
                .mapToLong(p -> TestSite.parse(p).body().text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    @Test
    void indexOfEveryLocaleIsAtMostThirtyPercentOfItsText() throws IOException {
        List<String> sizes = new ArrayList<>();
        for (String tag : LOCALES) {
            long index = Files.size(site.out().resolve(tag + "/search-index.js"));
            long text = visibleTextBytes(tag);
            sizes.add(tag + ": " + index + " of " + text);
            assertTrue(index * 100 <= text * 30, tag + ": index " + index + " bytes, text " + text + " bytes");
        }
        assertEquals(LOCALES.size(), sizes.size(), sizes.toString());
    }

    @Test
    void everyPageButThe404HasAHiddenLabelledSearchBoxForItsOwnLanguage() {
        List<Path> pages = TestSite.htmlPages(site.out()).stream().filter(p -> !p.endsWith("404.html")).toList();
        assertTrue(pages.size() >= 29);
        for (Path page : pages) {
            Document doc = TestSite.parse(page);
            Element form = doc.selectFirst("header form.search[role=search][hidden]");
            assertNotNull(form, page.toString());
            assertNotNull(form.selectFirst("label[for=search-input]"), page.toString());
            assertNotNull(form.selectFirst("input#search-input[type=search]"), page.toString());
            assertNotNull(form.selectFirst("[role=status]"), page.toString());
            String lang = doc.selectFirst("html").attr("lang");
            for (String attr : List.of("data-index", "data-text")) {
                String href = form.attr(attr);
                Path target = site.out().resolve(lang + "/search-" + (attr.equals("data-index") ? "index" : "text") + ".js");
                assertEquals(target, page.getParent().resolve(href).normalize(), page + ": " + href);
                assertTrue(Files.isRegularFile(target), target.toString());
            }
            assertNotNull(doc.selectFirst("script[src$=assets/search.js][defer]"), page.toString());
            assertTrue(Files.isRegularFile(page.getParent().resolve(form.attr("data-engine")).normalize()), page.toString());
            assertTrue(doc.select("script[src*=search-index], script[src*=search-engine]").isEmpty(),
                    "the search code and index are loaded by the script, when the box is used");
        }
    }

    @Test
    void everySearchResultLeadsToAPageAndAnIdThatExist() throws IOException {
        for (String tag : LOCALES) {
            String script = Files.readString(site.out().resolve(tag + "/search-text.js"), StandardCharsets.UTF_8);
            String prefix = "self.babelbakeSearchText=";
            assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), tag);
            JsonNode text = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
            JsonNode pages = text.get("pages");
            assertTrue(text.get("sections").size() >= 5, tag);
            for (JsonNode section : text.get("sections")) {
                String path = tag + "/" + pages.get(section.get(0).asInt()).get(0).asText();
                Document page = site.page(path);
                String id = section.get(1).asText();
                assertTrue(id.isEmpty() || page.getElementById(id) != null, path + "#" + id);
                assertTrue(!section.get(3).asText().isBlank(), path + "#" + id);
            }
            assertEquals(22, text.get("counts").size(), tag);
        }
    }

    @Test
    void everyOfflineCopyCarriesTheSameIndexOfEachOfItsLanguages() throws IOException {
        List<Path> zips;
        try (Stream<Path> files = Files.list(site.out().resolve("downloads"))) {
            zips = files.filter(f -> f.toString().endsWith(".zip")).sorted().toList();
        }
        assertEquals(LOCALES.size() + 1, zips.size());
        for (Path zip : zips) {
            try (ZipFile file = new ZipFile(zip.toFile())) {
                String folder = zip.getFileName().toString().replace(".zip", "") + "/";
                List<String> tags = Collections.list(file.entries()).stream().map(ZipEntry::getName)
                        .filter(n -> n.endsWith("/index.html") && n.split("/").length == 3)
                        .map(n -> n.split("/")[1]).toList();
                assertTrue(tags.contains("en"), zip.toString());
                for (String tag : tags) {
                    for (String name : List.of("search-index.js", "search-text.js")) {
                        ZipEntry entry = file.getEntry(folder + tag + "/" + name);
                        assertNotNull(entry, zip + ": " + tag + "/" + name);
                        assertArrayEquals(Files.readAllBytes(site.out().resolve(tag + "/" + name)),
                                file.getInputStream(entry).readAllBytes(), zip + ": " + tag + "/" + name);
                    }
                }
                assertNotNull(file.getEntry(folder + "assets/search.js"), zip.toString());
                assertNotNull(file.getEntry(folder + "assets/search-engine.js"), zip.toString());
            }
        }
        assertTrue(Arrays.asList(LOCALES.toArray()).contains("zh-Hans"));
    }
}
