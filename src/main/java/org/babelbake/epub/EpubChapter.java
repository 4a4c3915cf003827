package org.babelbake.epub;

import org.babelbake.content.Article;
import org.babelbake.content.ArticleMeta;
import org.babelbake.content.GlossaryIndex;
import org.babelbake.content.GlossaryTerm;
import org.babelbake.content.Localized;
import org.babelbake.content.PlainPage;
import org.babelbake.content.Provenance;
import org.babelbake.content.Reference;
import org.babelbake.content.Section;
import org.babelbake.locale.LocaleFormats;
import org.babelbake.locale.LocalizedText;
import org.babelbake.locale.Messages;
import org.babelbake.locale.SiteLocale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One article (or page) as an EPUB content document, in reading order: its sections, its
 * references, its glossary. The first use of each term is a note reference to a footnote holding its
 * definition, which reading systems show as a pop-up (a title tooltip needs a mouse).
 */
public final class EpubChapter {
    private static final String NOTE = "note-";
    /** Parsed once: a selector given as a string is parsed again at every use. */
    private static final Evaluator TERM_LINK = QueryParser.parse("a.term[id]");

    private EpubChapter() {
    }

    /** A heading of the table of contents: a document, or a part of one. */
    public record Entry(String href, String title, List<Entry> parts) {
        public Entry {
            parts = List.copyOf(parts);
        }
    }

    /**
     * @param file  the document's file name in the book, e.g. {@code c1.xhtml}
     * @param index  the article's glossary in the locale's collation order
     * @param source the site's source language, which translations name
     * @return the document's entry in the table of contents, and its XHTML
     */
    public static Written write(Article article, GlossaryIndex index, Messages messages, SiteLocale source, String file) {
        SiteLocale locale = article.locale();
        ArticleMeta meta = article.meta().value();
        Xhtml xhtml = new Xhtml(locale, meta.title());
        Element chapter = xhtml.body().appendElement("section").attr("epub:type", "chapter").id("article");
        Element title = chapter.appendElement("h1").text(meta.title());
        languageOf(title, article.meta().provenance(), locale);
        List<Entry> parts = new ArrayList<>();
        for (Localized<Section> part : article.sections()) {
            Section section = part.value();
            Element element = chapter.appendElement("section").id(section.id());
            languageOf(element, part.provenance(), locale);
            element.appendElement("h2").text(section.title());
            section.html().appendCopyTo(element);
            parts.add(new Entry(file + "#" + section.id(), section.title(), List.of()));
        }
        if (!article.references().isEmpty()) {
            references(chapter, article);
            parts.add(new Entry(file + "#references", article.referencesTitle().value(), List.of()));
        }
        if (!index.terms().isEmpty()) {
            String glossaryTitle = messages.format("glossary.title").text();
            glossary(chapter, index, locale, glossaryTitle);
            parts.add(new Entry(file + "#glossary", glossaryTitle, List.of()));
        }
        about(chapter, article, messages, source);
        notes(xhtml.body(), article, locale);
        return new Written(new Entry(file, meta.title(), parts), xhtml.xml());
    }

    /** A document ready to store, and its place in the table of contents. */
    public record Written(Entry entry, String xhtml) {
    }

    private static void references(Element chapter, Article article) {
        Element section = chapter.appendElement("section").id("references");
        languageOf(section, article.referencesTitle().provenance(), article.locale());
        section.appendElement("h2").text(article.referencesTitle().value());
        Element list = section.appendElement("ol").addClass("references");
        for (Reference ref : article.references()) {
            Element item = list.appendElement("li").id("ref-" + ref.number());
            // Reference fields stay in the language they were published in, as on the site.
            Element cited = item.appendElement("span").attr("lang", "en").attr("xml:lang", "en").attr("dir", "ltr");
            cited.appendText(ref.authors() + ". ");
            cited.appendElement("cite").text(ref.title());
            cited.appendText("." + ref.editors().map(e -> " " + e).orElse("") + " " + ref.journal() + ". " + ref.year()
                    + ref.location().map(l -> ";" + l).orElse("") + ".");
            ref.doiUrl().ifPresent(url -> {
                item.appendText(" ");
                item.appendElement("a").attr("href", url).attr("dir", "ltr").text("doi:" + ref.doi().orElseThrow());
            });
        }
    }

    private static void glossary(Element chapter, GlossaryIndex index, SiteLocale locale, String title) {
        Element section = chapter.appendElement("section").id("glossary");
        section.appendElement("h2").text(title);
        Element list = section.appendElement("dl").addClass("glossary");
        for (Localized<GlossaryTerm> entry : index.terms()) {
            GlossaryTerm term = entry.value();
            Element group = list.appendElement("div");
            languageOf(group, entry.provenance(), locale);
            group.appendElement("dt").id(term.anchor()).appendElement("dfn").text(term.term());
            term.definitionHtml().appendCopyTo(group.appendElement("dd"));
        }
    }

    /** When the article was written and reviewed, and whether it is a translation: as its page says. */
    private static void about(Element chapter, Article article, Messages messages, SiteLocale source) {
        ArticleMeta meta = article.meta().value();
        LocaleFormats formats = new LocaleFormats(article.locale());
        Element footer = chapter.appendElement("footer").addClass("article-meta");
        paragraph(footer, messages.format("article.updated", "date", formats.monthYear(meta.updated())), article.locale());
        if (meta.reviewer() != null && !meta.reviewer().isEmpty()) {
            paragraph(footer, messages.format("article.reviewed", "date", formats.monthYear(meta.reviewed())), article.locale());
            paragraph(footer, messages.format("article.reviewedBy", "reviewer", meta.reviewer(),
                    "affiliation", meta.reviewerAffiliation().orElse(""),
                    "withAffiliation", meta.reviewerAffiliation().isPresent() ? "yes" : "no"), article.locale());
        }
        Provenance origin = article.meta().provenance();
        origin.translationStatus().ifPresent(status -> {
            paragraph(footer, messages.format("article.translatedFrom", "language", source.nameIn(article.locale()),
                    "date", formats.monthYear(meta.updated())), article.locale());
            paragraph(footer, messages.format("translation.status." + status), article.locale());
        });
    }

    private static void paragraph(Element parent, LocalizedText text, SiteLocale locale) {
        Element p = parent.appendElement("p").text(text.text());
        if (!text.language().equals(locale)) Xhtml.language(p, text.language());
    }

    /**
     * Turns the glossary links of the text into note references, removes links to pages the
     * book does not have (keeping their words), and adds one footnote per term used.
     */
    private static void notes(Element body, Article article, SiteLocale locale) {
        Map<String, Localized<GlossaryTerm>> terms = article.glossary().stream()
                .collect(Collectors.toMap(t -> t.value().id(), t -> t, (a, b) -> a, LinkedHashMap::new));
        List<String> used = new ArrayList<>();
        for (Element link : body.select(TERM_LINK)) {
            String id = link.id().substring(link.id().indexOf('-') + 1);
            if (!terms.containsKey(id)) continue;
            link.attr("href", "#" + NOTE + id).attr("epub:type", "noteref").removeAttr("title");
            used.add(id);
        }
        for (String id : used) {
            Localized<GlossaryTerm> entry = terms.get(id);
            Element aside = body.appendElement("aside").attr("epub:type", "footnote").id(NOTE + id);
            languageOf(aside, entry.provenance(), locale);
            aside.appendElement("p").appendElement("dfn").text(entry.value().term());
            entry.value().definitionHtml().appendCopyTo(aside.appendElement("p"));
        }
        keepBookLinks(body); // after the notes: their references point at them
    }

    /**
     * Links to pages the book does not have become their words (the book is read without the
     * site); links out of the site and to ids in the document stay. Images become their text
     * alternative until the book carries them.
     */
    private static void keepBookLinks(Element body) {
        // One walk finds the ids, links and images (three selects walked the document three times).
        Set<String> ids = new HashSet<>();
        List<Element> links = new ArrayList<>();
        List<Element> images = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element.hasAttr("id")) ids.add(element.id());
            if (element.nameIs("a") && element.hasAttr("href")) links.add(element);
            else if (element.nameIs("img")) images.add(element);
        }
        for (Element link : links) {
            String href = link.attr("href");
            boolean kept = href.startsWith("https:") || href.startsWith("http:") || href.startsWith("mailto:")
                    || (href.startsWith("#") && ids.contains(href.substring(1)));
            if (!kept) link.unwrap();
        }
        for (Element image : images) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
    }

    /**
     * A page of the site (About, Contact) as a content document after the articles.
     *
     * @param locale the book's language; the page may be a fallback in the source language
     */
    public static Written writePage(Localized<PlainPage> page, SiteLocale locale, String file) {
        PlainPage value = page.value();
        Xhtml xhtml = new Xhtml(locale, value.title());
        Element chapter = xhtml.body().appendElement("section").attr("epub:type", "chapter").id("page");
        languageOf(chapter, page.provenance(), locale);
        chapter.appendElement("h1").text(value.title());
        value.html().appendCopyTo(chapter);
        keepBookLinks(xhtml.body());
        return new Written(new Entry(file, value.title(), List.of()), xhtml.xml());
    }

    /** Text that is not in the book's language (an untranslated part) says which language it is in. */
    private static void languageOf(Element element, Provenance provenance, SiteLocale locale) {
        if (!provenance.language().equals(locale)) Xhtml.language(element, provenance.language());
    }
}
