package org.babelbake.site;

import org.babelbake.html.EditionMarks;
import org.babelbake.html.PageLinks;
import org.babelbake.search.IndexedPage;
import org.babelbake.search.PageSections;
import org.jsoup.nodes.Document;

import java.util.BitSet;
import java.util.Optional;

/**
 * A page rendered once, with its {@linkplain EditionMarks edition marks}: the online site and
 * every offline copy cut their bytes from it, and the link check and the search index read the
 * one parse made of it.
 */
final class RenderedPage {
    private final String path;
    private final EditionMarks.Marked html;
    private final PageLinks links;
    private Document parsed;

    /** @param path where the page goes, e.g. {@code es/imnm/index.html} */
    RenderedPage(String path, EditionMarks.Marked html, Document parsed) {
        this.path = path;
        this.html = html;
        this.parsed = parsed;
        this.links = PageLinks.of(parsed);
    }

    String path() {
        return path;
    }

    /** Which parts of the page one edition keeps: editions that keep the same parts have the same bytes. */
    BitSet partsIn(EditionMarks.Scope edition) {
        return html.kept(edition);
    }

    /** The page made of these parts, in UTF-8, as it is written or zipped. */
    byte[] bytes(BitSet parts) {
        return html.utf8(parts);
    }

    /** The page as one edition has it, in UTF-8. */
    byte[] bytesIn(EditionMarks.Scope edition) {
        return bytes(partsIn(edition));
    }

    /**
     * The page's longest part that every edition has, when it is at least {@code minBytes} long in
     * UTF-8: the page's versions differ only before and after it.
     */
    Optional<Middle> middle(int minBytes) {
        int run = html.longestUnmarked();
        if (run < 0 || html.utf8(run).length < minBytes) return Optional.empty();
        return Optional.of(new Middle(run));
    }

    /** A part of the page that every edition has; a version is what it keeps before it, this part, and what it keeps after. */
    final class Middle {
        private final int run;

        private Middle(int run) {
            this.run = run;
        }

        byte[] bytes() {
            return html.utf8(run);
        }

        byte[] before(BitSet parts) {
            return html.utf8(parts, 0, run);
        }

        byte[] after(BitSet parts) {
            return html.utf8(parts, run + 1, Integer.MAX_VALUE);
        }
    }

    PageLinks links() {
        return links;
    }

    /**
     * The page's text for the search index, as the online site shows it; the parse is given up
     * (this is its last use).
     *
     * @param pathInLocale the page's path inside its locale's folder
     */
    IndexedPage forSearch(EditionMarks.Scope online, String pathInLocale) {
        Document page = parsed;
        parsed = null;
        EditionMarks.prune(page, online);
        return PageSections.read(page, pathInLocale);
    }
}
