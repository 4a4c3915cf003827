package org.babelbake.page;

import org.babelbake.content.Article;
import org.babelbake.content.Localized;
import org.babelbake.content.Section;
import org.babelbake.html.GlossaryLinker;
import org.babelbake.locale.SiteLocale;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Links the first use of each glossary term in an article's text to its definition on the
 * glossary page. Done once per locale and article; every edition of the site shares the result.
 */
public final class GlossaryLinks {
    /** A term's abbreviation in parentheses, e.g. " (MSAs)", is not part of the words looked for. */
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*[(（][^)）]*[)）]");

    private GlossaryLinks() {
    }

    /** The article with its sections linked; text in another language (fallbacks) is matched with that language's terms. */
    public static Article apply(Article article) {
        String glossaryHref = PagePaths.relative(PagePaths.article(article.locale().tag(), article.id()),
                PagePaths.glossary(article.locale().tag(), article.id()));
        Map<SiteLocale, GlossaryLinker> linkers = new HashMap<>();
        Map<SiteLocale, List<GlossaryLinker.Term>> termsByLanguage = new HashMap<>();
        List<Localized<Section>> sections = new ArrayList<>();
        for (Localized<Section> part : article.sections()) {
            SiteLocale language = part.provenance().language();
            List<GlossaryLinker.Term> terms = termsByLanguage.computeIfAbsent(language, l -> article.glossary().stream()
                    .filter(t -> t.provenance().language().equals(l))
                    .map(t -> new GlossaryLinker.Term(t.value().id(), PARENTHESIS.matcher(t.value().term()).replaceAll("").strip(),
                            glossaryHref + "#" + t.value().anchor(), Jsoup.parse(t.value().definitionHtml().html()).text()))
                    .toList());
            GlossaryLinker linker = linkers.computeIfAbsent(language, l -> new GlossaryLinker(l.ulocale()));
            Section section = part.value();
            sections.add(new Localized<>(new Section(section.id(), section.title(), linker.link(section.html(), terms),
                    section.file()), part.provenance()));
        }
        return new Article(article.id(), article.locale(), article.meta(), sections, article.referencesTitle(),
                article.references(), article.glossary());
    }
}
