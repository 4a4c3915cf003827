package org.babelbake.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The schema.org nodes Babelbake writes as JSON-LD. Each type fixes its property order, so the
 * bytes do not depend on hashing; a value that is not known (null) is left out.
 */
final class SchemaOrg {
    static final String CONTEXT = "https://schema.org";

    private SchemaOrg() {
    }

    /** A node known by its type and name only: the condition, an organisation, a periodical. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "name"})
    record Named(@JsonProperty("@type") String type, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "name", "affiliation"})
    record Person(@JsonProperty("@type") String type, String name, Named affiliation) {
        Person(String name, Named affiliation) {
            this("Person", name, affiliation);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "name", "inLanguage", "author", "datePublished", "isPartOf", "sameAs"})
    record ScholarlyArticle(@JsonProperty("@type") String type, String name, String inLanguage, String author,
                            String datePublished, Named isPartOf, String sameAs) {
    }

    /** The original of a translated page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "name", "inLanguage", "url"})
    record WorkRef(@JsonProperty("@type") String type, String name, String inLanguage, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@context", "@type", "name", "description", "inLanguage", "url", "about", "lastReviewed",
            "dateModified", "reviewedBy", "citation", "translationOfWork", "isBasedOn", "translator"})
    record MedicalWebPage(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
                          String description, String inLanguage, String url, Named about, String lastReviewed,
                          String dateModified, Person reviewedBy, List<ScholarlyArticle> citation,
                          WorkRef translationOfWork, WorkRef isBasedOn, Named translator) {
        MedicalWebPage {
            citation = List.copyOf(citation);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type", "name", "description", "inLanguage"})
    record DefinedTerm(@JsonProperty("@type") String type, String name, String description, String inLanguage) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@context", "@type", "name", "inLanguage", "url", "hasDefinedTerm"})
    record DefinedTermSet(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
                          String inLanguage, String url, List<DefinedTerm> hasDefinedTerm) {
        DefinedTermSet {
            hasDefinedTerm = List.copyOf(hasDefinedTerm);
        }
    }

    /** A page that is not medical: WebPage, AboutPage or ContactPage, or a news post (BlogPosting). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@context", "@type", "name", "headline", "description", "inLanguage", "url", "datePublished",
            "dateModified", "keywords", "translationOfWork"})
    record PlainWebPage(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
                        String headline, String description, String inLanguage, String url, String datePublished,
                        String dateModified, String keywords, WorkRef translationOfWork) {
    }
}
