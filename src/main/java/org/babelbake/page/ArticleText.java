package org.babelbake.page;

import org.babelbake.content.Article;
import org.babelbake.content.ArticleMeta;
import org.babelbake.content.GlossaryTerm;
import org.babelbake.content.Localized;
import org.babelbake.content.NewsPost;
import org.babelbake.content.PagesAndPosts;
import org.babelbake.content.PlainPage;
import org.babelbake.content.Section;
import org.babelbake.html.ExternalLinks;
import org.babelbake.html.GlossaryLinker;
import org.babelbake.html.HtmlFragment;
import org.babelbake.html.ImageTags;
import org.babelbake.locale.SiteLocale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The links an article's text gets on its page: the first use of each glossary term links to
 * its definition on the glossary page, and links that leave the site are marked as such. One
 * parse per section, once per locale and article; every edition of the site shares the result.
 */
public final class ArticleText {
    /** A term's abbreviation in parentheses, e.g. " (MSAs)", is not part of the words looked for. */
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*[(（][^)）]*[)）]");

    private ArticleText() {
    }

    /**
     * The article with its sections linked; text in another language (fallbacks) is matched with
     * that language's terms.
     *
     * @param external marks external links, with a note in the article's locale
     */
    public static Article link(Article article, ExternalLinks external) {
        String glossaryHref = PagePaths.relative(PagePaths.article(article.locale().tag(), article.id()),
                PagePaths.glossary(article.locale().tag(), article.id()));
        Map<SiteLocale, GlossaryLinker> linkers = new HashMap<>();
        Map<SiteLocale, List<GlossaryLinker.Term>> termsByLanguage = new HashMap<>();
        List<Localized<Section>> sections = new ArrayList<>();
        ArticleMeta meta = article.meta().value();
        HtmlFragment introduction = meta.introduction();
        boolean firstImageSeen = false;
        if (meta.hasIntroduction()) {
            SiteLocale language = meta.introductionFallback().orElse(article.meta().provenance().language());
            Element body = introduction.edit();
            external.mark(body, language.tag());
            firstImageSeen = loadFirstImageAtOnce(body, false);
            introduction = HtmlFragment.parsed(body);
        }
        for (Localized<Section> part : article.sections()) {
            SiteLocale language = part.provenance().language();
            List<GlossaryLinker.Term> terms = termsByLanguage.computeIfAbsent(language, l -> article.glossary().stream()
                    .filter(t -> t.provenance().language().equals(l))
                    .map(t -> new GlossaryLinker.Term(t.value().id(), PARENTHESIS.matcher(t.value().term()).replaceAll("").strip(),
                            glossaryHref + "#" + t.value().anchor(), Jsoup.parse(t.value().definitionHtml().html()).text(),
                            t.value().useAnchor()))
                    .toList());
            Section section = part.value();
            // The section's own tree from cleaning and images (one parse per Markdown block); a copy for text that has none.
            Element body = section.html().edit();
            // A linker sets up a collator: none for an article without terms in this language.
            List<String> termUses = terms.isEmpty() ? List.of()
                    : linkers.computeIfAbsent(language, l -> new GlossaryLinker(l.ulocale())).link(body, terms);
            external.mark(body, language.tag());
            firstImageSeen = loadFirstImageAtOnce(body, firstImageSeen);
            sections.add(new Localized<>(new Section(section.id(), section.title(), HtmlFragment.parsed(body),
                    section.file(), termUses), part.provenance()));
        }
        List<Localized<GlossaryTerm>> glossary = new ArrayList<>();
        for (Localized<GlossaryTerm> entry : article.glossary()) {
            glossary.add(new Localized<>(markExternal(entry.value(), entry.provenance().language(), external), entry.provenance()));
        }
        Localized<ArticleMeta> withIntroduction = new Localized<>(meta.withIntroduction(introduction, meta.introductionFallback()),
                article.meta().provenance());
        return new Article(article.id(), article.locale(), withIntroduction, sections, article.referencesTitle(),
                article.references(), glossary);
    }

    /** A definition's links to other sites are marked like the article's (key words box and glossary page). */
    private static GlossaryTerm markExternal(GlossaryTerm term, SiteLocale language, ExternalLinks external) {
        if (!term.definitionHtml().mayHave("a")) return term; // most definitions have no link: no parse
        Element body = term.definitionHtml().edit();
        external.mark(body, language.tag());
        return new GlossaryTerm(term.id(), term.term(), HtmlFragment.parsed(body), term.keyword(), term.file(),
                term.titleLine());
    }

    /** The page's first image may be on the first screen: it loads at once, every later one when scrolled near. */
    private static boolean loadFirstImageAtOnce(Element body, boolean seen) {
        if (seen || body.getElementsByTag("img").isEmpty()) return seen;
        ImageTags.loadFirstAtOnce(body);
        return true;
    }

    /** The pages and posts with their links that leave the site marked, in each locale's words. */
    public static PagesAndPosts markExternal(PagesAndPosts extras, Map<String, ExternalLinks> external) {
        Map<String, List<Localized<PlainPage>>> pages = new TreeMap<>();
        extras.pages().forEach((tag, list) -> pages.put(tag, list.stream().map(p -> new Localized<>(
                p.value().withHtml(mark(p.value().html(), external.get(tag), p.provenance().language().tag())), p.provenance())).toList()));
        Map<String, List<Localized<NewsPost>>> posts = new TreeMap<>();
        extras.posts().forEach((tag, list) -> posts.put(tag, list.stream().map(p -> new Localized<>(
                p.value().withHtml(mark(p.value().html(), external.get(tag), p.provenance().language().tag())), p.provenance())).toList()));
        return new PagesAndPosts(pages, posts);
    }

    private static HtmlFragment mark(HtmlFragment html, ExternalLinks external, String textLang) {
        Element body = html.edit();
        external.mark(body, textLang);
        return HtmlFragment.parsed(body);
    }
}
