package org.babelbake.page;

import org.babelbake.content.Article;
import org.babelbake.content.ArticleMeta;
import org.babelbake.content.GlossaryTerm;
import org.babelbake.content.Localized;
import org.babelbake.content.NewsPost;
import org.babelbake.content.PlainPage;
import org.babelbake.content.Provenance;
import org.babelbake.content.Reference;
import org.babelbake.html.HtmlFragment;
import org.babelbake.json.Json;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;

/**
 * schema.org JSON-LD for search engines: the article as a {@code MedicalWebPage} about a
 * {@code MedicalCondition}, with its review, references and, for translations, the work it
 * translates; the glossary as a {@code DefinedTermSet}. Strings are the locale's own.
 */
final class StructuredData {
    private StructuredData() {
    }

    static HtmlFragment article(Article article, PageInfo page, SiteInfo site, String sourceTitle) {
        ArticleMeta meta = article.meta().value();
        List<SchemaOrg.ScholarlyArticle> citations = new ArrayList<>();
        for (Reference reference : article.references()) {
            citations.add(new SchemaOrg.ScholarlyArticle("ScholarlyArticle", reference.title(), "en", reference.authors(),
                    reference.year(), new SchemaOrg.Named("Periodical", reference.journal()), reference.doiUrl().orElse(null)));
        }
        SchemaOrg.WorkRef original = null;
        SchemaOrg.Named translator = null;
        if (!article.locale().equals(site.sourceLocale())) {
            original = new SchemaOrg.WorkRef("MedicalWebPage", sourceTitle, site.sourceLocale().tag(), page.xDefault().orElse(null));
            Provenance provenance = article.meta().provenance();
            translator = provenance.translatedBy().map(by -> new SchemaOrg.Named("Organization", by)).orElse(null);
        }
        SchemaOrg.Person reviewer = new SchemaOrg.Person(meta.reviewer(),
                meta.reviewerAffiliation().map(a -> new SchemaOrg.Named("Organization", a)).orElse(null));
        return script(new SchemaOrg.MedicalWebPage(SchemaOrg.CONTEXT, "MedicalWebPage", meta.title(),
                meta.description().orElse(null), article.locale().tag(), page.canonical().orElse(null),
                new SchemaOrg.Named("MedicalCondition", meta.title()), meta.reviewed().toString(),
                meta.updated().toString(), reviewer, citations, original, original, translator));
    }

    static HtmlFragment glossary(String name, List<Localized<GlossaryTerm>> terms, PageInfo page, String locale) {
        List<SchemaOrg.DefinedTerm> defined = new ArrayList<>();
        for (Localized<GlossaryTerm> term : terms) {
            defined.add(new SchemaOrg.DefinedTerm("DefinedTerm", term.value().term(),
                    Jsoup.parse(term.value().definitionHtml().html()).text(), term.provenance().language().tag()));
        }
        return script(new SchemaOrg.DefinedTermSet(SchemaOrg.CONTEXT, "DefinedTermSet", name, locale,
                page.canonical().orElse(null), defined));
    }

    /** A page as {@code WebPage}, or {@code AboutPage}/{@code ContactPage} by its {@code page.kind}; never a medical type. */
    static HtmlFragment page(Localized<PlainPage> page, PageInfo info, SiteInfo site, String sourceTitle) {
        PlainPage value = page.value();
        String type = value.kind().map(k -> switch (k) {
            case "about" -> "AboutPage";
            case "contact" -> "ContactPage";
            default -> "WebPage";
        }).orElse("WebPage");
        return script(new SchemaOrg.PlainWebPage(SchemaOrg.CONTEXT, type, value.title(), null, value.description().orElse(null),
                page.provenance().language().tag(), info.canonical().orElse(null), null,
                value.updated().map(Object::toString).orElse(null), null, original(type, info, site, sourceTitle, page.provenance())));
    }

    /** A news post as a {@code BlogPosting} with its date. */
    static HtmlFragment post(Localized<NewsPost> post, PageInfo info, SiteInfo site, String sourceTitle) {
        NewsPost value = post.value();
        return script(new SchemaOrg.PlainWebPage(SchemaOrg.CONTEXT, "BlogPosting", null, value.title(),
                value.description().orElse(null), post.provenance().language().tag(), info.canonical().orElse(null),
                value.date().toString(), null, value.tags().isEmpty() ? null : String.join(", ", value.tags()),
                original("BlogPosting", info, site, sourceTitle, post.provenance())));
    }

    private static SchemaOrg.WorkRef original(String type, PageInfo info, SiteInfo site, String sourceTitle, Provenance provenance) {
        if (provenance.language().equals(site.sourceLocale())) return null;
        return new SchemaOrg.WorkRef(type, sourceTitle, site.sourceLocale().tag(), info.xDefault().orElse(null));
    }

    /** A data block, not a script: browsers do not run it, and {@link Json#forScript} escapes "<" so it cannot end early. */
    private static HtmlFragment script(Object json) {
        return new HtmlFragment("<script type=\"application/ld+json\">" + Json.forScript(json) + "</script>");
    }
}
