package org.babelbake.epub;

import org.babelbake.locale.SiteLocale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;

/**
 * An EPUB content document: XHTML (XML syntax, as EPUB requires) in the book's language and
 * direction, linking the e-reader style sheet. Built with jsoup so that Markdown's HTML becomes
 * well-formed XML by the same serialiser that writes the rest.
 */
final class Xhtml {
    static final String STYLESHEET = "epub.css";
    private final Document document = new Document("");
    private final Element body;

    Xhtml(SiteLocale locale, String title) {
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element html = document.appendElement("html").attr("xmlns", "http://www.w3.org/1999/xhtml")
                .attr("xmlns:epub", "http://www.idpf.org/2007/ops");
        language(html, locale);
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", STYLESHEET);
        body = html.appendElement("body");
    }

    Element body() {
        return body;
    }

    /** Sets {@code lang}, {@code xml:lang} (which XHTML readers use) and {@code dir}. */
    static Element language(Element element, SiteLocale locale) {
        return element.attr("lang", locale.tag()).attr("xml:lang", locale.tag()).attr("dir", locale.dir());
    }

    String xml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + document.html() + "\n";
    }

    /** Escapes text for XML written by hand (the package and container documents). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
