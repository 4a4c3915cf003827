package org.babelbake.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Locale;

/**
 * Marks links that leave the site: class {@code external}, {@code rel="external"}, and a note
 * in the reader's language inside the link ("(external site)"), so that sighted readers, screen
 * readers and offline readers all know the page is elsewhere and needs a connection.
 */
public final class ExternalLinks {
    /** Parsed once: a selector given as a string is parsed again at every use. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private final String note;
    private final String noteLang;
    private final String noteDir;

    /**
     * @param note     the words to add, e.g. "(external site)"
     * @param noteLang the language of the note (the page's), set on it where the text around is in another
     * @param noteDir  {@code ltr} or {@code rtl}
     */
    public ExternalLinks(String note, String noteLang, String noteDir) {
        this.note = note;
        this.noteLang = noteLang;
        this.noteDir = noteDir;
    }

    /** @param textLang the language of the text the links are in */
    public void mark(Element root, String textLang) {
        for (Element link : root.select(LINK)) {
            if (!leavesSite(link.attr("href")) || link.hasClass("external")) continue;
            link.addClass("external").attr("rel", "external");
            Element span = link.appendElement("span").addClass("external-note").text(note);
            if (!textLang.equals(noteLang)) span.attr("lang", noteLang).attr("dir", noteDir);
            span.before(new TextNode(" "));
        }
    }

    static boolean leavesSite(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("https:") || h.startsWith("http:");
    }
}
