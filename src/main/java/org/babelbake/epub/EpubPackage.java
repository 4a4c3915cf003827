package org.babelbake.epub;

import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The files around an EPUB's chapters: the container, the package document (metadata, manifest,
 * spine), the navigation document, the title page and the e-reader style sheet. The chapters are
 * made by {@link EpubChapter}; {@code ReproducibleZip.writeEpub} puts all of them in the book.
 */
public final class EpubPackage {
    /** The folder inside the book that holds its content, chapters included. */
    public static final String CONTENT = "EPUB";
    /** The book's first entry, stored as it is: what tells a reading system that the zip is an EPUB. */
    public static final String MIMETYPE = "application/epub+zip";
    private static final String TITLE = "title.xhtml";
    private static final String NAV = "nav.xhtml";

    private EpubPackage() {
    }

    /** Where a content document is in the book, e.g. {@code EPUB/c1.xhtml}. */
    public static String pathOf(EpubChapter.Entry chapter) {
        return CONTENT + "/" + chapter.href();
    }

    /**
     * The book's files other than its chapters and {@code mimetype}, by path in the book.
     *
     * @param chapters the chapters' entries in reading order
     */
    public static Map<String, String> files(EpubBook book, List<EpubChapter.Entry> chapters) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("META-INF/container.xml", String.format(Locale.ROOT, """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                <rootfiles><rootfile full-path="%s/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """, CONTENT));
        files.put(CONTENT + "/" + Xhtml.STYLESHEET, stylesheet());
        files.put(CONTENT + "/" + TITLE, titlePage(book));
        files.put(CONTENT + "/" + NAV, navigation(book, chapters));
        files.put(CONTENT + "/package.opf", packageDocument(book, chapters));
        return files;
    }

    private static String titlePage(EpubBook book) {
        Xhtml xhtml = new Xhtml(book.locale(), book.title());
        Element page = xhtml.body().appendElement("section").attr("epub:type", "titlepage").addClass("title-page");
        page.appendElement("h1").text(book.title());
        page.appendElement("p").text(book.about());
        book.online().ifPresent(online -> {
            Element p = page.appendElement("p").text(online.label() + " ");
            p.appendElement("a").attr("href", online.url()).attr("dir", "ltr").text(online.url());
        });
        page.appendElement("p").addClass("disclaimer").text(book.disclaimer());
        return xhtml.xml();
    }

    private static String navigation(EpubBook book, List<EpubChapter.Entry> chapters) {
        Xhtml xhtml = new Xhtml(book.locale(), book.contents());
        Element toc = xhtml.body().appendElement("nav").attr("epub:type", "toc").id("toc");
        toc.appendElement("h1").text(book.contents());
        Element list = toc.appendElement("ol");
        list.appendElement("li").appendElement("a").attr("href", TITLE).text(book.title());
        chapters.forEach(chapter -> entry(list, chapter));
        Element landmarks = xhtml.body().appendElement("nav").attr("epub:type", "landmarks").attr("hidden", "hidden");
        Element marks = landmarks.appendElement("ol");
        marks.appendElement("li").appendElement("a").attr("epub:type", "titlepage").attr("href", TITLE).text(book.title());
        marks.appendElement("li").appendElement("a").attr("epub:type", "toc").attr("href", NAV + "#toc").text(book.contents());
        if (!chapters.isEmpty()) {
            marks.appendElement("li").appendElement("a").attr("epub:type", "bodymatter").attr("href", chapters.get(0).href())
                    .text(chapters.get(0).title());
        }
        return xhtml.xml();
    }

    private static void entry(Element list, EpubChapter.Entry entry) {
        Element item = list.appendElement("li");
        item.appendElement("a").attr("href", entry.href()).text(entry.title());
        if (entry.parts().isEmpty()) return;
        Element parts = item.appendElement("ol");
        entry.parts().forEach(part -> entry(parts, part));
    }

    private static String packageDocument(EpubBook book, List<EpubChapter.Entry> chapters) {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        manifest.append("<item id=\"nav\" href=\"").append(NAV).append("\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        manifest.append("<item id=\"title\" href=\"").append(TITLE).append("\" media-type=\"application/xhtml+xml\"/>\n");
        manifest.append("<item id=\"css\" href=\"").append(Xhtml.STYLESHEET).append("\" media-type=\"text/css\"/>\n");
        spine.append("<itemref idref=\"title\"/>\n<itemref idref=\"nav\"/>\n");
        for (int i = 0; i < chapters.size(); i++) {
            String id = "c" + (i + 1);
            manifest.append("<item id=\"").append(id).append("\" href=\"").append(Xhtml.escape(chapters.get(i).href()))
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
            spine.append("<itemref idref=\"").append(id).append("\"/>\n");
        }
        String direction = book.locale().rightToLeft() ? " page-progression-direction=\"rtl\"" : "";
        String tag = Xhtml.escape(book.locale().tag());
        return String.format(Locale.ROOT, """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="%s" dir="%s">
                <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="book-id">%s</dc:identifier>
                <dc:title>%s</dc:title>
                <dc:language>%s</dc:language>
                <dc:publisher>%s</dc:publisher>
                <dc:date>%s</dc:date>
                <meta property="dcterms:modified">%s</meta>
                </metadata>
                <manifest>
                %s</manifest>
                <spine%s>
                %s</spine>
                </package>
                """, tag, book.locale().dir(), Xhtml.escape(book.identifier()), Xhtml.escape(book.title()), tag,
                Xhtml.escape(book.publisher()), book.date(), book.modifiedStamp(), manifest, direction, spine);
    }

    private static String stylesheet() {
        try (InputStream in = Objects.requireNonNull(EpubPackage.class.getResourceAsStream("epub.css"), "epub.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
