package org.babelbake.page;

import org.babelbake.json.Json;
import org.babelbake.json.JsonValue;

import java.util.List;

/**
 * The schema.org nodes Babelbake writes as JSON-LD. Each type gives its properties in a fixed
 * order, so the bytes do not depend on hashing; a value that is not known (null) is left out.
 */
final class SchemaOrg {
    static final String CONTEXT = "https://schema.org";

    private SchemaOrg() {
    }

    /** A node known by its type and name only: the condition, an organisation, a periodical. */
    record Named(String type, String name) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("@type", type, "name", name);
        }
    }

    record Person(String type, String name, Named affiliation) implements JsonValue {
        Person(String name, Named affiliation) {
            this("Person", name, affiliation);
        }

        @Override
        public Object json() {
            return Json.object("@type", type, "name", name, "affiliation", affiliation);
        }
    }

    record ScholarlyArticle(String type, String name, String inLanguage, String author,
                            String datePublished, Named isPartOf, String sameAs) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("@type", type, "name", name, "inLanguage", inLanguage, "author", author,
                    "datePublished", datePublished, "isPartOf", isPartOf, "sameAs", sameAs);
        }
    }

    /** The original of a translated page. */
    record WorkRef(String type, String name, String inLanguage, String url) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("@type", type, "name", name, "inLanguage", inLanguage, "url", url);
        }
    }

    record MedicalWebPage(String context, String type, String name,
                          String description, String inLanguage, String url, Named about, String lastReviewed,
                          String dateModified, Person reviewedBy, List<ScholarlyArticle> citation,
                          WorkRef translationOfWork, WorkRef isBasedOn, Named translator) implements JsonValue {
        MedicalWebPage {
            citation = List.copyOf(citation);
        }

        @Override
        public Object json() {
            return Json.object("@context", context, "@type", type, "name", name, "description", description,
                    "inLanguage", inLanguage, "url", url, "about", about, "lastReviewed", lastReviewed,
                    "dateModified", dateModified, "reviewedBy", reviewedBy, "citation", citation,
                    "translationOfWork", translationOfWork, "isBasedOn", isBasedOn, "translator", translator);
        }
    }

    record DefinedTerm(String type, String name, String description, String inLanguage) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("@type", type, "name", name, "description", description, "inLanguage", inLanguage);
        }
    }

    record DefinedTermSet(String context, String type, String name,
                          String inLanguage, String url, List<DefinedTerm> hasDefinedTerm) implements JsonValue {
        DefinedTermSet {
            hasDefinedTerm = List.copyOf(hasDefinedTerm);
        }

        @Override
        public Object json() {
            return Json.object("@context", context, "@type", type, "name", name, "inLanguage", inLanguage, "url", url,
                    "hasDefinedTerm", hasDefinedTerm);
        }
    }

    /** A page that is not medical: WebPage, AboutPage or ContactPage, or a news post (BlogPosting). */
    record PlainWebPage(String context, String type, String name,
                        String headline, String description, String inLanguage, String url, String datePublished,
                        String dateModified, String keywords, WorkRef translationOfWork) implements JsonValue {
        @Override
        public Object json() {
            return Json.object("@context", context, "@type", type, "name", name, "headline", headline, "description", description,
                    "inLanguage", inLanguage, "url", url, "datePublished", datePublished, "dateModified", dateModified,
                    "keywords", keywords, "translationOfWork", translationOfWork);
        }
    }
}
