package org.babelbake.content;

import org.babelbake.locale.SiteLocale;

import java.util.List;
import java.util.stream.Stream;

/**
 * One article as a locale shows it: every part is the locale's own translation or, where it
 * has none, the source locale's, with its provenance.
 *
 * @param id the article's folder, e.g. {@code imnm}
 */
public record Article(String id, SiteLocale locale, Localized<ArticleMeta> meta, List<Localized<Section>> sections,
                      Localized<String> referencesTitle, List<Reference> references,
                      List<Localized<GlossaryTerm>> glossary) {

    public Article {
        sections = List.copyOf(sections);
        references = List.copyOf(references);
        glossary = List.copyOf(glossary);
    }

    /** Provenance of every part of the article page. */
    public Stream<Provenance> articleProvenances() {
        return Stream.concat(Stream.of(meta.provenance(), referencesTitle.provenance()),
                sections.stream().map(Localized::provenance));
    }

    public Stream<Provenance> glossaryProvenances() {
        return glossary.stream().map(Localized::provenance);
    }
}
