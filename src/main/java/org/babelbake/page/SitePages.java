package org.babelbake.page;

import org.babelbake.content.Article;
import org.babelbake.content.GlossaryIndex;
import org.babelbake.content.GlossaryTerm;
import org.babelbake.content.Localized;
import org.babelbake.content.NewsPost;
import org.babelbake.content.PageAssembler;
import org.babelbake.content.PagesAndPosts;
import org.babelbake.content.PlainPage;
import org.babelbake.content.Provenance;
import org.babelbake.locale.LocalizedText;
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
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Decides the pages of the site and the values each template gets: per locale a home, and per
 * article its article and glossary pages; once per site the language chooser and the 404 page.
 */
public final class SitePages {
    private final SiteInfo site;
    private final Map<String, Messages> messages;
    private final Map<String, List<Article>> articles;
    /** The same articles by locale tag and id: every page asks which locales have its article, a scan would be quadratic. */
    private final Map<String, Map<String, Article>> articlesById;
    private final PagesAndPosts extras;
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

    /**
     * @param articles every locale's articles, by locale tag, in the same order for all locales
     * @param extras   the pages and news posts of every locale, with their text
     */
    public SitePages(SiteInfo site, Map<String, Messages> messages, Map<String, List<Article>> articles,
                     PagesAndPosts extras, Edition edition) {
        this.site = site;
        this.messages = messages;
        this.articles = articles;
        this.articlesById = new HashMap<>();
        articles.forEach((tag, list) -> {
            Map<String, Article> byId = new HashMap<>();
            list.forEach(a -> byId.putIfAbsent(a.id(), a));
            articlesById.put(tag, byId);
        });
        this.extras = extras;
        this.edition = edition;
    }

    private Optional<Online> online() {
        return edition instanceof Online online ? Optional.of(online) : Optional.empty();
    }

    /** The pages of a locale that are not an article's: its home, downloads, pages, news list and posts. */
    public List<PageJob> frame(SiteLocale locale) {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(home(locale));
        downloads(locale).ifPresent(jobs::add);
        jobs.addAll(shared(locale));
        return jobs;
    }

    /**
     * A locale's home. Each edition has its own: the home says in how many languages, and which,
     * the information is there (a one-language copy has its own and the source language).
     */
    public PageJob home(SiteLocale locale) {
        Messages msgs = messages.get(locale.tag());
        String homePath = PagePaths.home(locale.tag());
        PageInfo home = pageInfo(homePath, "home", msgs.format("home.title").text(), locale, PagePaths::home,
                (tag, id) -> true, null, Stream.empty());
        Map<String, Object> homeValues = base(home, locale);
        homeValues.put("articles", articles.get(locale.tag()));
        return new PageJob(homePath, "home.ftl", homeValues, msgs, List.of());
    }

    /**
     * The frame's pages that the online site and every offline copy with the locale have alike:
     * its pages, news list and posts. Like an article's, each is rendered once for all of them.
     */
    public List<PageJob> shared(SiteLocale locale) {
        List<PageJob> jobs = new ArrayList<>();
        Messages msgs = messages.get(locale.tag());
        extras.pages(locale.tag()).forEach(p -> jobs.add(plainPage(p, locale, msgs)));
        if (extras.hasNews()) {
            jobs.add(newsPage(locale, msgs));
            extras.posts(locale.tag()).forEach(p -> jobs.add(postPage(p, locale, msgs)));
        }
        return jobs;
    }

    /** The online site's downloads page of a locale, with the sizes of the copies; an offline copy has none. */
    public Optional<PageJob> downloads(SiteLocale locale) {
        return online().map(d -> downloadsPage(locale, messages.get(locale.tag()), d));
    }

    /** Whether the locale has an Atom feed: online, with a base URL for its absolute links, and news to give. */
    public boolean hasFeed() {
        return edition instanceof Online && site.baseUrl().isPresent() && extras.hasNews();
    }

    /** The locale's Atom feed, when it {@linkplain #hasFeed has one}. */
    public Optional<String> feed(SiteLocale locale) {
        if (!hasFeed()) return Optional.empty();
        Messages msgs = messages.get(locale.tag());
        PageInfo news = pageInfo(PagePaths.news(locale.tag()), "news", msgs.format("news.title").text(), locale,
                PagePaths::news, (tag, x) -> true, null, Stream.empty());
        return Optional.of(AtomFeed.xml(site.baseUrl().orElseThrow(), locale, masthead(news, locale).name(), news.title(),
                extras.posts(locale.tag())));
    }

    private PageJob plainPage(Localized<PlainPage> content, SiteLocale locale, Messages msgs) {
        String id = content.value().id();
        String path = PagePaths.page(locale.tag(), id);
        PageInfo page = pageInfo(path, "page", content.value().title(), locale, tag -> PagePaths.page(tag, id),
                (tag, x) -> extras.page(tag, id).map(p -> !p.provenance().isFallback()).orElse(false), id,
                Stream.of(content.provenance()));
        Map<String, Object> values = base(page, locale);
        values.put("content", content);
        values.put("structuredData", StructuredData.page(content, page, site,
                extras.page(site.sourceLocale().tag(), id).map(p -> p.value().title()).orElse("")));
        return new PageJob(path, "page.ftl", values, msgs, List.of(content.value().file()));
    }

    private PageJob newsPage(SiteLocale locale, Messages msgs) {
        String path = PagePaths.news(locale.tag());
        PageInfo page = pageInfo(path, "news", msgs.format("news.title").text(), locale, PagePaths::news,
                (tag, x) -> true, null, Stream.empty());
        Map<String, Object> values = base(page, locale);
        List<Map<String, Object>> posts = new ArrayList<>();
        for (Localized<NewsPost> post : extras.posts(locale.tag())) {
            posts.add(Map.of("post", post, "href", page.link(PagePaths.post(locale.tag(), post.value().id()))));
        }
        values.put("posts", posts);
        return new PageJob(path, "news.ftl", values, msgs,
                extras.posts(locale.tag()).stream().map(p -> p.value().file()).toList());
    }

    private PageJob postPage(Localized<NewsPost> post, SiteLocale locale, Messages msgs) {
        String id = post.value().id();
        String path = PagePaths.post(locale.tag(), id);
        PageInfo page = pageInfo(path, "post", post.value().title(), locale, tag -> PagePaths.post(tag, id),
                (tag, x) -> extras.posts(tag).stream().anyMatch(p -> p.value().id().equals(id) && !p.provenance().isFallback()),
                id, Stream.of(post.provenance()));
        Map<String, Object> values = base(page, locale);
        values.put("post", post);
        values.put("newsHref", page.link(PagePaths.news(locale.tag())));
        values.put("structuredData", StructuredData.post(post, page, site, extras.posts(site.sourceLocale().tag()).stream()
                .filter(p -> p.value().id().equals(id)).map(p -> p.value().title()).findFirst().orElse("")));
        return new PageJob(path, "post.ftl", values, msgs, List.of(post.value().file()));
    }

    /** The site's name, tagline, logo, icon and menu as seen from one page in one locale. */
    private Masthead masthead(PageInfo page, SiteLocale locale) {
        SiteIdentity identity = site.identity();
        Messages msgs = messages.get(locale.tag());
        boolean foreign = !locale.equals(site.sourceLocale());
        LocalizedText name = identity.nameIn(msgs, site.sourceLocale());
        Optional<LocalizedText> tagline = msgs.own("site.tagline")
                .or(() -> identity.tagline().map(t -> new LocalizedText(t, site.sourceLocale(), foreign)));
        List<MenuItem> menu = new ArrayList<>();
        // The language chooser speaks to readers of every language: no menu in one of them.
        for (String id : page.kind().equals("chooser") ? List.<String>of() : identity.menu()) {
            menuTarget(id, locale, msgs).ifPresent(target -> menu.add(new MenuItem(id, target.label(),
                    page.link(target.path()), page.path().equals(target.path()))));
        }
        String faviconType = identity.favicon().map(f -> f.endsWith(".png") ? "image/png"
                : f.endsWith(".ico") ? "image/x-icon" : "image/svg+xml").orElse("");
        return new Masthead(name, tagline, identity.logo().map(page::link), identity.favicon().map(page::link), faviconType,
                menu, identity.poweredBy());
    }

    private record MenuTarget(LocalizedText label, String path) {
    }

    private Optional<MenuTarget> menuTarget(String id, SiteLocale locale, Messages msgs) {
        if (id.equals(PageAssembler.NEWS)) {
            return extras.hasNews() ? Optional.of(new MenuTarget(msgs.format("news.title"), PagePaths.news(locale.tag())))
                    : Optional.empty();
        }
        Optional<MenuTarget> page = extras.page(locale.tag(), id).map(p -> new MenuTarget(labelOf(p.value().title(), p.provenance()),
                PagePaths.page(locale.tag(), id)));
        if (page.isPresent()) return page;
        return article(locale.tag(), id).map(a -> new MenuTarget(labelOf(a.meta().value().title(), a.meta().provenance()),
                PagePaths.article(locale.tag(), id)));
    }

    private static LocalizedText labelOf(String title, Provenance provenance) {
        return new LocalizedText(title, provenance.language(), provenance.isFallback());
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
        Map<String, Object> values = base(articlePage, locale);
        values.put("article", article);
        values.put("keywords", keywords(index));
        values.put("structuredData", StructuredData.article(article, articlePage, site,
                article(site.sourceLocale().tag(), id).map(a -> a.meta().value().title()).orElse("")));
        LocalDate nextReview = article.meta().value().nextReview(site.reviewInterval());
        boolean overdue = !nextReview.isAfter(site.built());
        values.put("nextReview", nextReview);
        values.put("reviewOverdue", overdue);
        boolean hasGlossary = !article.glossary().isEmpty();
        if (hasGlossary) {
            values.put("glossaryHref", articlePage.link(PagePaths.glossary(locale.tag(), id)));
            values.put("originalGlossaryHref", articlePage.link(PagePaths.glossary(site.sourceLocale().tag(), id)));
        }
        online().ifPresent(d -> values.put("downloadsHref", articlePage.link(PagePaths.downloads(locale.tag()))));
        List<String> files = new ArrayList<>(article.sections().stream().map(s -> s.value().file()).toList());
        article.glossary().forEach(t -> files.add(t.value().file()));
        // The introduction is index.md's body: the locale's own, or the source's it falls back to.
        files.add("content/" + article.meta().provenance().language().tag() + "/" + id + "/index.md");
        files.add("content/" + site.sourceLocale().tag() + "/" + id + "/index.md");
        jobs.add(new PageJob(articlePath, "article.ftl", values, msgs, files));
        if (!hasGlossary) return jobs; // no empty glossary page, and no link to one

        String glossaryPath = PagePaths.glossary(locale.tag(), id);
        PageInfo glossaryPage = pageInfo(glossaryPath, "glossary", msgs.format("glossary.title").text(), locale,
                tag -> PagePaths.glossary(tag, id), this::glossaryTranslated, id, article.glossaryProvenances());
        Map<String, Object> glossaryValues = base(glossaryPage, locale);
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
        Map<String, Object> values = base(page, locale);
        List<Map<String, Object>> files = new ArrayList<>();
        // Zips before e-books; in each, this locale's own copy first, then the complete one, then the others.
        offered.files().stream()
                .sorted(Comparator.comparing(Download::book)
                        .thenComparing((Download d) -> !d.locales().contains(locale) || !d.book() && d.complete(site.locales().size()))
                        .thenComparing(d -> d.book() || !d.complete(site.locales().size())))
                .forEach(d -> files.add(Map.of("href", page.link(d.path()), "bytes", d.bytes(),
                        "names", d.locales().stream().map(l -> l.nameIn(locale)).toList(), "book", d.book(),
                        "complete", !d.book() && d.complete(site.locales().size()),
                        "name", d.path().substring(d.path().lastIndexOf('/') + 1))));
        values.put("downloads", files);
        values.put("built", offered.built());
        return new PageJob(path, "downloads.ftl", values, msgs, List.of());
    }

    private PageJob siteLevel(String path, String template, String kind, Optional<SelfContained> inline) {
        SiteLocale source = site.sourceLocale();
        Messages msgs = messages.get(source.tag());
        String titleKey = kind.equals("chooser") ? "chooser.title" : "notFound.title";
        PageInfo page = new PageInfo(path, PagePaths.root(path), kind, msgs.format(titleKey).text(), List.of(),
                site.baseUrl().map(u -> u + path), Optional.empty(), path, false, false);
        Map<String, Object> values = base(page, source);
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
                Optional.empty(), Optional.empty(), path, false, false);
        Map<String, Object> values = base(page, locale);
        values.put("articles", articles.get(locale.tag()));
        values.put("others", site.locales().stream().filter(l -> !l.equals(locale)).toList());
        return new PageJob(path, "start.ftl", values, msgs, List.of());
    }

    private Map<String, Object> base(PageInfo page, SiteLocale locale) {
        Map<String, Object> values = new HashMap<>();
        values.put("masthead", masthead(page, locale));
        if (hasFeed()) values.put("feedHref", page.link(PagePaths.feed(locale.tag())));
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
                              Function<String, String> pathIn,
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
                parts.stream().anyMatch(Provenance::isFallback));
    }

    private boolean articleTranslated(String tag, String articleId) {
        return article(tag, articleId).map(a -> a.articleProvenances().anyMatch(p -> !p.isFallback())).orElse(false);
    }

    private boolean glossaryTranslated(String tag, String articleId) {
        return article(tag, articleId).map(a -> a.glossaryProvenances().anyMatch(p -> !p.isFallback())).orElse(false);
    }

    private Optional<Article> article(String tag, String articleId) {
        return Optional.ofNullable(articlesById.getOrDefault(tag, Map.of()).get(articleId));
    }

    /** The article's key words, in the locale's collation order, as its glossary lists them. */
    private static List<Localized<GlossaryTerm>> keywords(GlossaryIndex index) {
        return index.terms().stream().filter(t -> t.value().keyword().isPresent()).toList();
    }
}
