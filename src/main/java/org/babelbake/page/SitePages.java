package org.babelbake.page;

import org.babelbake.content.Article;
import org.babelbake.content.GlossaryIndex;
import org.babelbake.content.GlossaryTerm;
import org.babelbake.content.Localized;
import org.babelbake.content.Provenance;
import org.babelbake.locale.Messages;
import org.babelbake.locale.SiteLocale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Decides the pages of the site and the values each template gets: per locale a home, and per
 * article its article and glossary pages; once per site the language chooser and the 404 page.
 */
public final class SitePages {
    private final SiteInfo site;
    private final Map<String, Messages> messages;
    private final Map<String, List<Article>> articles;
    private final Edition edition;

    /** Which site the pages are for: the online one, or one offline copy. */
    public sealed interface Edition permits Online, Offline {
    }

    /** The online site, with the offline copies it offers and when they were built. */
    public record Online(List<Download> files, LocalDate built) implements Edition {
        public Online {
            files = List.copyOf(files);
        }
    }

    /**
     * An offline copy: it has no downloads page and no 404 page, and opens on a start page that
     * says what it is.
     *
     * @param language the copy's own language, whose start page leads straight to the articles;
     *                 empty for the copy with every language, which opens on the language choice
     */
    public record Offline(Optional<SiteLocale> language) implements Edition {
    }

    /** @param articles every locale's articles, by locale tag, in the same order for all locales */
    public SitePages(SiteInfo site, Map<String, Messages> messages, Map<String, List<Article>> articles, Edition edition) {
        this.site = site;
        this.messages = messages;
        this.articles = articles;
        this.edition = edition;
    }

    private Optional<Online> online() {
        return edition instanceof Online online ? Optional.of(online) : Optional.empty();
    }

    /** The pages of a locale that are not an article's: its home and downloads pages. */
    public List<PageJob> frame(SiteLocale locale) {
        List<PageJob> jobs = new ArrayList<>();
        Messages msgs = messages.get(locale.tag());
        String homePath = PagePaths.home(locale.tag());
        PageInfo home = pageInfo(homePath, "home", msgs.format("home.title").text(), locale, PagePaths::home,
                (tag, id) -> true, null, Stream.empty());
        Map<String, Object> homeValues = base(home);
        homeValues.put("articles", articles.get(locale.tag()));
        jobs.add(new PageJob(homePath, "home.ftl", homeValues, msgs, List.of()));
        online().ifPresent(d -> jobs.add(downloadsPage(locale, msgs, d)));
        return jobs;
    }

    /**
     * The site-level pages: the start page (the language choice, or in a one-language copy a
     * start page in that language). The online site's 404 page comes from {@link #notFound}.
     */
    public List<PageJob> siteLevel() {
        Optional<SiteLocale> copyLanguage = edition instanceof Offline offline ? offline.language() : Optional.empty();
        return List.of(copyLanguage.map(this::startPage)
                .orElseGet(() -> siteLevel(PagePaths.CHOOSER, "chooser.ftl", "chooser", Optional.empty())));
    }

    /**
     * The 404 page, for the online site. A server shows it at any missing address, at any
     * depth, so it carries its style and icon inside and its links are absolute: to
     * {@code site.baseUrl} when set, otherwise from the host's root (through {@code <base href="/">}).
     */
    public PageJob notFound(SelfContained inline) {
        return siteLevel(PagePaths.NOT_FOUND, "404.ftl", "notFound", Optional.of(inline));
    }

    /**
     * An article's page and glossary page in its locale. The article is given whole (with its
     * text); what other locales are known by comes from this object's articles, which need only
     * their titles and provenance.
     */
    public List<PageJob> articlePages(Article article) {
        return articlePages(article, GlossaryIndex.of(article.glossary(), article.locale()));
    }

    /** @param index the article's glossary sorted and grouped for its locale, when it is made once for several editions */
    public List<PageJob> articlePages(Article article, GlossaryIndex index) {
        List<PageJob> jobs = new ArrayList<>();
        SiteLocale locale = article.locale();
        Messages msgs = messages.get(locale.tag());
        String id = article.id();
        String articlePath = PagePaths.article(locale.tag(), id);
        PageInfo articlePage = pageInfo(articlePath, "article", article.meta().value().title(), locale,
                tag -> PagePaths.article(tag, id), this::articleTranslated, id, article.articleProvenances());
        Map<String, Object> values = base(articlePage);
        values.put("article", article);
        values.put("keywords", keywords(index));
        values.put("structuredData", StructuredData.article(article, articlePage, site,
                article(site.sourceLocale().tag(), id).map(a -> a.meta().value().title()).orElse("")));
        LocalDate nextReview = article.meta().value().nextReview(site.reviewInterval());
        boolean overdue = !nextReview.isAfter(site.built());
        values.put("nextReview", nextReview);
        values.put("reviewOverdue", overdue);
        // A copy read offline cannot know today's date: it says when the review was found overdue.
        values.put("reviewState", !overdue ? "due" : edition instanceof Offline ? "overdueAsOf" : "overdue");
        boolean hasGlossary = !article.glossary().isEmpty();
        if (hasGlossary) {
            values.put("glossaryHref", articlePage.link(PagePaths.glossary(locale.tag(), id)));
            values.put("originalGlossaryHref", articlePage.link(PagePaths.glossary(site.sourceLocale().tag(), id)));
        }
        online().ifPresent(d -> values.put("downloadsHref", articlePage.link(PagePaths.downloads(locale.tag()))));
        List<String> files = new ArrayList<>(article.sections().stream().map(s -> s.value().file()).toList());
        article.glossary().forEach(t -> files.add(t.value().file()));
        jobs.add(new PageJob(articlePath, "article.ftl", values, msgs, files));
        if (!hasGlossary) return jobs; // no empty glossary page, and no link to one

        String glossaryPath = PagePaths.glossary(locale.tag(), id);
        PageInfo glossaryPage = pageInfo(glossaryPath, "glossary", msgs.format("glossary.title").text(), locale,
                tag -> PagePaths.glossary(tag, id), this::glossaryTranslated, id, article.glossaryProvenances());
        Map<String, Object> glossaryValues = base(glossaryPage);
        glossaryValues.put("article", article);
        glossaryValues.put("glossary", index);
        glossaryValues.put("structuredData", StructuredData.glossary(glossaryPage.title(), index.terms(), glossaryPage, locale.tag()));
        glossaryValues.put("articleHref", glossaryPage.link(articlePath));
        glossaryValues.put("termUses", article.sections().stream().flatMap(s -> s.value().termUses().stream()).toList());
        jobs.add(new PageJob(glossaryPath, "glossary.ftl", glossaryValues, msgs,
                article.glossary().stream().map(t -> t.value().file()).toList()));
        return jobs;
    }

    private PageJob downloadsPage(SiteLocale locale, Messages msgs, Online offered) {
        String path = PagePaths.downloads(locale.tag());
        PageInfo page = pageInfo(path, "downloads", msgs.format("downloads.title").text(), locale, PagePaths::downloads,
                (tag, id) -> true, null, Stream.empty());
        Map<String, Object> values = base(page);
        List<Map<String, Object>> files = new ArrayList<>();
        // This locale's own copy first, then the complete one, then the others.
        offered.files().stream()
                .sorted(Comparator.comparing((Download d) -> !d.locales().contains(locale) || d.complete(site.locales().size()))
                        .thenComparing(d -> !d.complete(site.locales().size())))
                .forEach(d -> files.add(Map.of("href", page.link(d.path()), "bytes", d.bytes(),
                        "names", d.locales().stream().map(l -> l.nameIn(locale)).toList(),
                        "complete", d.complete(site.locales().size()), "name", d.path().substring(d.path().lastIndexOf('/') + 1))));
        values.put("downloads", files);
        values.put("built", offered.built());
        return new PageJob(path, "downloads.ftl", values, msgs, List.of());
    }

    private PageJob siteLevel(String path, String template, String kind, Optional<SelfContained> inline) {
        SiteLocale source = site.sourceLocale();
        Messages msgs = messages.get(source.tag());
        String titleKey = kind.equals("chooser") ? "chooser.title" : "notFound.title";
        PageInfo page = new PageInfo(path, PagePaths.root(path), kind, msgs.format(titleKey).text(), List.of(),
                site.baseUrl().map(u -> u + path), Optional.empty(), path, false, false, false);
        Map<String, Object> values = base(page);
        List<Map<String, Object>> choices = new ArrayList<>();
        for (SiteLocale locale : site.locales()) {
            Messages theirs = messages.get(locale.tag());
            choices.add(Map.of("locale", locale, "href", page.link(PagePaths.home(locale.tag())),
                    "title", theirs.format("chooser.title")));
        }
        values.put("choices", choices);
        inline.ifPresent(i -> values.put("inline", i));
        return new PageJob(path, template, values, msgs, List.of());
    }

    /** A one-language copy opens in its language, on its articles, and says what the copy is. */
    private PageJob startPage(SiteLocale locale) {
        Messages msgs = messages.get(locale.tag());
        String path = PagePaths.CHOOSER;
        PageInfo page = new PageInfo(path, PagePaths.root(path), "start", msgs.format("home.title").text(), List.of(),
                Optional.empty(), Optional.empty(), path, false, false, false);
        Map<String, Object> values = base(page);
        values.put("articles", articles.get(locale.tag()));
        values.put("others", site.locales().stream().filter(l -> !l.equals(locale)).toList());
        return new PageJob(path, "start.ftl", values, msgs, List.of());
    }

    private Map<String, Object> base(PageInfo page) {
        Map<String, Object> values = new HashMap<>();
        values.put("site", site);
        values.put("page", page);
        values.put("offline", edition instanceof Offline);
        values.put("stylesheet", page.link(PagePaths.STYLESHEET));
        // A one-language copy has no language choice: its start page is in its language.
        if (!(edition instanceof Offline offline && offline.language().isPresent())) {
            values.put("chooserHref", page.link(PagePaths.CHOOSER));
        }
        return values;
    }

    private PageInfo pageInfo(String path, String kind, String title, SiteLocale locale,
                              java.util.function.Function<String, String> pathIn,
                              BiFunction<String, String, Boolean> translatedIn, String articleId,
                              Stream<Provenance> provenances) {
        List<Provenance> parts = provenances.toList();
        List<Alternate> alternates = new ArrayList<>();
        for (SiteLocale other : site.locales()) {
            String otherPath = pathIn.apply(other.tag());
            alternates.add(new Alternate(other, otherPath, PagePaths.relative(path, otherPath),
                    site.baseUrl().map(u -> u + otherPath), other.equals(locale),
                    translatedIn.apply(other.tag(), articleId)));
        }
        String sourcePath = pathIn.apply(site.sourceLocale().tag());
        return new PageInfo(path, PagePaths.root(path), kind, title, alternates,
                site.baseUrl().map(u -> u + path), site.baseUrl().map(u -> u + sourcePath),
                PagePaths.relative(path, sourcePath),
                parts.stream().anyMatch(Provenance::isDraft),
                parts.stream().anyMatch(Provenance::isOutdated),
                parts.stream().anyMatch(Provenance::isFallback));
    }

    private boolean articleTranslated(String tag, String articleId) {
        return article(tag, articleId).map(a -> a.articleProvenances().anyMatch(p -> !p.isFallback())).orElse(false);
    }

    private boolean glossaryTranslated(String tag, String articleId) {
        return article(tag, articleId).map(a -> a.glossaryProvenances().anyMatch(p -> !p.isFallback())).orElse(false);
    }

    private Optional<Article> article(String tag, String articleId) {
        return articles.getOrDefault(tag, List.of()).stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    /** The article's key words, in the locale's collation order, as its glossary lists them. */
    private static List<Localized<GlossaryTerm>> keywords(GlossaryIndex index) {
        return index.terms().stream().filter(t -> t.value().keyword().isPresent()).toList();
    }
}
