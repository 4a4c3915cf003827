package org.babelbake.site;

import org.babelbake.testing.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each locale's {@code feed.xml}, read by the JDK's namespace-aware XML parser and held to RFC 4287. */
class NewsFeedTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String BASE = "https://charity.example/sub/";

    @Test
    void feedHasEveryElementRfc4287Requires(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es", "ar");
        site.replace("jbake.properties", "#site.baseUrl=", "site.baseUrl=" + BASE);
        site.write("content/en/news/older.md", """
                type=post
                status=published
                title=Older <news> & more
                date=2025-03-02
                tags=one
                ~~~~~~
                See the [article](../../imnm/index.html).
                """);
        site.build();

        for (String tag : List.of("en", "es", "ar")) {
            Element feed = parse(site.out().resolve(tag + "/feed.xml")).getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI());
            assertEquals("feed", feed.getLocalName());
            assertEquals(tag, feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
            assertEquals(BASE + tag + "/feed.xml", one(feed, "id").getTextContent());
            assertTrue(one(feed, "title").getTextContent().contains(" – "), "site name and news title");
            assertEquals("2026-11-24T00:00Z", OffsetDateTime.parse(one(feed, "updated").getTextContent()).toString(),
                    "the newest post's day");
            assertFalse(one(one(feed, "author"), "name").getTextContent().isBlank(), "a feed without authors in its entries has one");
            assertEquals(BASE + tag + "/news/index.html", link(feed, "alternate").getAttribute("href"));
            assertEquals("text/html", link(feed, "alternate").getAttribute("type"));
            assertEquals(BASE + tag + "/feed.xml", link(feed, "self").getAttribute("href"));

            List<Element> entries = children(feed, "entry");
            assertEquals(2, entries.size());
            for (Element entry : entries) {
                URI id = URI.create(one(entry, "id").getTextContent());
                assertTrue(id.isAbsolute(), id.toString());
                assertFalse(one(entry, "title").getTextContent().isBlank());
                OffsetDateTime.parse(one(entry, "updated").getTextContent());
                assertEquals(id.toString(), link(entry, "alternate").getAttribute("href"));
                Element content = one(entry, "content");
                assertEquals("html", content.getAttribute("type"));
                assertTrue(Files.isRegularFile(site.out().resolve(withoutBase(id.toString()))), id + " is a page of the site");
                // The text's relative links resolve against xml:base to pages that exist.
                URI base = URI.create(entry.getAttributeNS(XMLConstants.XML_NS_URI, "base"));
                for (String href : Jsoup.parseBodyFragment(content.getTextContent()).select("a[href]").eachAttr("href")) {
                    String resolved = base.resolve(href).toString();
                    if (resolved.startsWith(BASE)) {
                        assertTrue(Files.isRegularFile(site.out().resolve(withoutBase(resolved))), resolved + " from " + id);
                    }
                }
            }
            Element older = entries.get(1);
            assertEquals("Older <news> & more", one(older, "title").getTextContent(), "escaped, then read back as text");
            assertEquals(tag.equals("en") ? "" : "en", older.getAttributeNS(XMLConstants.XML_NS_URI, "lang"),
                    "an untranslated post says it is in English");
        }
    }

    @Test
    void withoutBaseUrlThereIsNoFeedNoFeedLinkAndTheBuildSaysWhy(@TempDir Path dir) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es");
        BuildResult result = site.build();
        assertFalse(Files.exists(site.out().resolve("en/feed.xml")));
        assertTrue(site.page("en/news/index.html").select("link[type=application/atom+xml], a[type=application/atom+xml]").isEmpty());
        assertEquals(1, result.notes().size(), result.notes().toString());
        assertTrue(result.notes().get(0).contains("no news feeds") && result.notes().get(0).contains("site.baseUrl"), result.notes().get(0));
    }

    private static String withoutBase(String url) {
        return url.substring(BASE.length());
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) found.add(e);
        }
        return found;
    }

    /** RFC 4287 requires exactly one of these. */
    private static Element one(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "atom:" + name + " in atom:" + parent.getLocalName());
        return found.get(0);
    }

    private static Element link(Element parent, String rel) {
        List<Element> links = children(parent, "link").stream().filter(l -> l.getAttribute("rel").equals(rel)).toList();
        assertEquals(1, links.size(), "link rel=" + rel + " in atom:" + parent.getLocalName());
        return links.get(0);
    }
}
