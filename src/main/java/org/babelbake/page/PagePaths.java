package org.babelbake.page;

/**
 * Where each page of the site is written, as a path from the site root, and relative links
 * between them. Every link points at a file, so the site works on any host, under any
 * sub-path and from {@code file://}.
 */
public final class PagePaths {
    public static final String CHOOSER = "index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String STYLESHEET = "assets/site.css";

    private PagePaths() {
    }

    public static String home(String locale) {
        return locale + "/index.html";
    }

    public static String article(String locale, String articleId) {
        return locale + "/" + articleId + "/index.html";
    }

    public static String downloads(String locale) {
        return locale + "/downloads.html";
    }

    /** A page ({@code type=page}): its own folder, so that files beside it keep their relative links. */
    public static String page(String locale, String pageId) {
        return locale + "/" + pageId + "/index.html";
    }

    public static String news(String locale) {
        return locale + "/news/index.html";
    }

    public static String post(String locale, String postId) {
        return locale + "/news/" + postId + "/index.html";
    }

    /** The locale's Atom feed of news posts. */
    public static String feed(String locale) {
        return locale + "/feed.xml";
    }

    public static String glossary(String locale, String articleId) {
        return locale + "/" + articleId + "/glossary.html";
    }

    /** The link from the page at {@code from} to the file at {@code to}, both paths from the site root. */
    public static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) link.append("../");
        for (int i = common; i < toParts.length; i++) {
            if (i > common) link.append('/');
            link.append(toParts[i]);
        }
        return link.toString();
    }

    /** The way from a page back to the site root: "", "../" or "../../". */
    public static String root(String page) {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }
}
