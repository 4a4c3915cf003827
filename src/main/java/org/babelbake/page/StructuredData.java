package org.babelbake.page;

import org.babelbake.content.Article;
import org.babelbake.content.ArticleMeta;
import org.babelbake.content.GlossaryTerm;
import org.babelbake.content.Localized;
import org.babelbake.content.Provenance;
import org.babelbake.content.Reference;
import org.babelbake.html.HtmlFragment;
import org.babelbake.json.Json;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "MedicalWebPage");
        json.put("name", meta.title());
        meta.description().ifPresent(d -> json.put("description", d));
        json.put("inLanguage", article.locale().tag());
        page.canonical().ifPresent(url -> json.put("url", url));
        json.put("about", Map.of("@type", "MedicalCondition", "name", meta.title()));
        json.put("lastReviewed", meta.reviewed().toString());
        json.put("dateModified", meta.updated().toString());
        Map<String, Object> reviewer = new LinkedHashMap<>();
        reviewer.put("@type", "Person");
        reviewer.put("name", meta.reviewer());
        meta.reviewerAffiliation().ifPresent(a -> reviewer.put("affiliation", Map.of("@type", "Organization", "name", a)));
        json.put("reviewedBy", reviewer);
        List<Object> citations = new ArrayList<>();
        for (Reference reference : article.references()) {
            Map<String, Object> cited = new LinkedHashMap<>();
            cited.put("@type", "ScholarlyArticle");
            cited.put("name", reference.title());
            cited.put("inLanguage", "en");
            cited.put("author", reference.authors());
            cited.put("datePublished", reference.year());
            cited.put("isPartOf", Map.of("@type", "Periodical", "name", reference.journal()));
            reference.doiUrl().ifPresent(url -> cited.put("sameAs", url));
            citations.add(cited);
        }
        json.put("citation", citations);
        Provenance provenance = article.meta().provenance();
        if (!article.locale().equals(site.sourceLocale())) {
            Map<String, Object> original = new LinkedHashMap<>();
            original.put("@type", "MedicalWebPage");
            original.put("name", sourceTitle);
            original.put("inLanguage", site.sourceLocale().tag());
            page.xDefault().ifPresent(url -> original.put("url", url));
            json.put("translationOfWork", original);
            json.put("isBasedOn", original);
            provenance.translatedBy().ifPresent(by -> json.put("translator", Map.of("@type", "Organization", "name", by)));
        }
        return script(json);
    }

    static HtmlFragment glossary(String name, List<Localized<GlossaryTerm>> terms, PageInfo page, String locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "DefinedTermSet");
        json.put("name", name);
        json.put("inLanguage", locale);
        page.canonical().ifPresent(url -> json.put("url", url));
        List<Object> defined = new ArrayList<>();
        for (Localized<GlossaryTerm> term : terms) {
            defined.add(Map.of("@type", "DefinedTerm", "name", term.value().term(),
                    "description", Jsoup.parse(term.value().definitionHtml().html()).text(),
                    "inLanguage", term.provenance().language().tag()));
        }
        json.put("hasDefinedTerm", defined);
        return script(json);
    }

    /** A data block, not a script: browsers do not run it, and Json escapes "<" so it cannot end early. */
    private static HtmlFragment script(Map<String, Object> json) {
        return new HtmlFragment("<script type=\"application/ld+json\">" + Json.write(json) + "</script>");
    }
}
