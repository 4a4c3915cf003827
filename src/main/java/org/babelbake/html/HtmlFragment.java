package org.babelbake.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.Objects;

/**
 * HTML that Babelbake made or cleaned itself (Markdown bodies after {@link HtmlSanitizer}), and
 * that templates may therefore output without escaping. Anything else reaching a template is
 * plain text and is escaped.
 *
 * <p>A fragment made from a parsed tree ({@link #parsed}) keeps that tree for the next step
 * that changes it ({@link #edit}), so that a Markdown body is parsed once on its way from
 * cleaning through its images to its glossary and external links, and written out once at the
 * end. Such a fragment has one editor: once its tree is taken, the edited fragment is the one
 * to read. Reading this one then fails at once, unless it was read before its tree was taken.
 */
public final class HtmlFragment {
    private String html;
    private Element body;
    private boolean taken;

    public HtmlFragment(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    private HtmlFragment(Element body) {
        this.body = body;
    }

    /** A fragment of the children of {@code body}, written out when it is first read. */
    public static HtmlFragment parsed(Element body) {
        Document owner = Objects.requireNonNull(body.ownerDocument(), "a parsed body belongs to a document");
        owner.outputSettings().prettyPrint(false);
        return new HtmlFragment(body);
    }

    public synchronized String html() {
        if (html == null) {
            if (taken) throw new IllegalStateException("this fragment's tree was taken to be edited; read the edited fragment");
            html = body.html();
        }
        return html;
    }

    /**
     * A body to change and make a new fragment of: this fragment's own tree the first time,
     * otherwise a new parse of its text (which stays as it is).
     */
    public synchronized Element edit() {
        if (body != null && !taken) {
            taken = true;
            return body;
        }
        Document document = Jsoup.parseBodyFragment(html());
        document.outputSettings().prettyPrint(false);
        return document.body();
    }

    /**
     * Appends a copy of the fragment's nodes to {@code parent}: copied from its tree where it has
     * one (no parse), otherwise parsed from its text.
     */
    public synchronized void appendCopyTo(Element parent) {
        if (body == null || taken) {
            parent.append(html());
            return;
        }
        for (Node node : body.childNodes()) parent.appendChild(node.clone());
    }

    /** Whether an element named {@code tag} may be in the fragment (from its tree or its text, without a parse). */
    public synchronized boolean mayHave(String tag) {
        return body != null && !taken ? !body.getElementsByTag(tag).isEmpty() : html().contains("<" + tag);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HtmlFragment fragment && html().equals(fragment.html());
    }

    @Override
    public int hashCode() {
        return html().hashCode();
    }

    @Override
    public String toString() {
        return html();
    }
}
