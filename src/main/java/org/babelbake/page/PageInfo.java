package org.babelbake.page;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What every template knows about the page it renders.
 *
 * @param path       the page's path from the site root, e.g. {@code es/imnm/index.html}
 * @param root       relative way back to the site root
 * @param kind       article, glossary, home, downloads, chooser, start (a one-language copy's) or notFound
 * @param alternates the same page in every locale, the current one included
 * @param canonical  absolute URL of this page, when the site has a base URL
 * @param xDefault   absolute URL for {@code hreflang="x-default"}, when the site has a base URL
 * @param original   relative link to the same page in the source locale (for notices)
 * @param draft      whether any translated part of the page is an unreviewed draft
 * @param fallback   whether any part is shown in the source language
 */
public record PageInfo(String path, String root, String kind, String title, List<Alternate> alternates,
                       Optional<String> canonical, Optional<String> xDefault, String original,
                       boolean draft, boolean fallback) {

    public PageInfo {
        alternates = List.copyOf(alternates);
    }

    /** A link from this page to another file of the site, given by its path from the root. */
    public String link(String target) {
        return PagePaths.relative(path, target);
    }

    /** Alternates that are real translations, for {@code hreflang} and the sitemap. */
    public List<Alternate> advertised() {
        return alternates.stream().filter(Alternate::translated).toList();
    }

    /**
     * The absolute address of a relative link from this page (for print, where only the address
     * helps), or {@code ""} when the site has no base URL.
     */
    public String addressOf(String href) {
        return canonical.map(url -> URI.create(url).resolve(href).toString()).orElse("");
    }
}
