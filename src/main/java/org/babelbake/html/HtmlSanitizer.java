package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML rendered from Markdown with an explicit allow-list (jsoup's {@link Safelist}):
 * text formatting, lists, tables, links and images stay; scripts, event handlers, styles and
 * {@code javascript:} URLs go.
 */
public final class HtmlSanitizer {
    /** A base that lets relative links pass the protocol check and stay relative. */
    private static final String BASE = "https://babelbake.invalid/page/";
    private final Safelist safelist;

    public HtmlSanitizer() {
        safelist = Safelist.relaxed()
                .addTags("abbr", "dfn", "figure", "figcaption", "hr", "mark", "s", "section", "aside")
                .addAttributes(":all", "id", "lang", "dir", "title")
                .addAttributes("abbr", "title")
                .addAttributes("a", "hreflang", "rel")
                .addAttributes("ol", "reversed")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    public HtmlFragment clean(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return new HtmlFragment(Jsoup.clean(html, BASE, safelist, output));
    }
}
