package org.babelbake.page;

import java.util.List;

/**
 * {@code sitemap.xml} with the language alternates of each page (hreflang, reciprocal, with
 * x-default) and {@code robots.txt}. A sitemap needs absolute URLs, so it exists only when the
 * site has a base URL; fallback-only pages are not advertised.
 */
public final class Sitemap {
    private Sitemap() {
    }

    public static String xml(String baseUrl, List<PageJob> jobs) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        for (PageJob job : jobs) {
            PageInfo page = (PageInfo) job.values().get("page");
            if (page.kind().equals("notFound")) continue;
            boolean listed = page.alternates().isEmpty()
                    || page.alternates().stream().anyMatch(a -> a.current() && a.translated());
            if (!listed) continue;
            xml.append("  <url>\n    <loc>").append(escape(baseUrl + page.path())).append("</loc>\n");
            List<Alternate> advertised = page.advertised();
            if (advertised.size() > 1) {
                for (Alternate alternate : advertised) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alternate.locale().tag())
                            .append("\" href=\"").append(escape(baseUrl + alternate.path())).append("\"/>\n");
                }
                page.xDefault().ifPresent(url -> xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                        .append(escape(url)).append("\"/>\n"));
            }
            xml.append("  </url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    public static String robots(java.util.Optional<String> baseUrl) {
        return "User-agent: *\nAllow: /\n" + baseUrl.map(u -> "Sitemap: " + u + "sitemap.xml\n").orElse("");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
