package org.babelbake.page;

import org.babelbake.content.Localized;
import org.babelbake.content.NewsPost;
import org.babelbake.locale.LocalizedText;
import org.babelbake.locale.SiteLocale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A locale's news as an Atom feed (RFC 4287): the feed's id, title, updated, author and links
 * (alternate: the news list, self: the feed), and per post its id, title, updated, link and its
 * text as escaped HTML, with {@code xml:base} so that the text's relative links resolve. Atom
 * needs absolute addresses, so a feed exists only for a site with a base URL.
 */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * @param baseUrl  the site's address, ending in "/"
     * @param siteName the site's name in the locale (the feed's title and author)
     * @param title    the news list's title in the locale
     * @param posts    the locale's posts, newest first; not empty
     */
    public static String xml(String baseUrl, SiteLocale locale, LocalizedText siteName, String title,
                             List<Localized<NewsPost>> posts) {
        if (posts.isEmpty()) throw new IllegalArgumentException("a feed needs at least one post");
        String self = baseUrl + PagePaths.feed(locale.tag());
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("", "feed", ATOM);
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", locale.tag());
            xml.writeCharacters("\n");
            element(xml, "id", self);
            element(xml, "title", siteName.text() + " – " + title);
            element(xml, "updated", timestamp(posts.stream().map(p -> p.value().date()).max(Comparator.naturalOrder()).orElseThrow()));
            link(xml, "alternate", "text/html", baseUrl + PagePaths.news(locale.tag()));
            link(xml, "self", "application/atom+xml", self);
            xml.writeStartElement("author");
            element(xml, "name", siteName.text());
            xml.writeEndElement();
            xml.writeCharacters("\n");
            for (Localized<NewsPost> localized : posts) {
                NewsPost post = localized.value();
                String url = baseUrl + PagePaths.post(locale.tag(), post.id());
                xml.writeStartElement("entry");
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "base", url);
                // An untranslated post is in the source language, and says so.
                if (localized.provenance().isFallback()) {
                    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", localized.provenance().language().tag());
                }
                xml.writeCharacters("\n");
                element(xml, "id", url);
                element(xml, "title", post.title());
                element(xml, "updated", timestamp(post.date()));
                element(xml, "published", timestamp(post.date()));
                link(xml, "alternate", "text/html", url);
                for (String tag : post.tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                    xml.writeCharacters("\n");
                }
                if (post.description().isPresent()) element(xml, "summary", post.description().get());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(post.html().html());
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the feed could not be written: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** A post has a day, not a time: midnight UTC of that day, the same on every machine. */
    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        xml.writeCharacters("\n");
    }
}
