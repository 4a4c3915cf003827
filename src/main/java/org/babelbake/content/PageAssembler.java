package org.babelbake.content;

import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.Problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the pages ({@code <name>.md} or {@code <name>/index.md} of type page) and news posts
 * ({@code news/<name>.md} or {@code news/<name>/index.md} of type post) of the source locale and
 * puts each together for every locale: the locale's translation, or the source as a fallback.
 */
public final class PageAssembler {
    /** The folder of the news posts, and the news list's id in {@code site.menu}. */
    public static final String NEWS = "news";
    private static final String INDEX = "index.md";

    private final ContentTree tree;
    private final SiteLocale sourceLocale;
    private final ArticleAssembler translations;

    public PageAssembler(ContentTree tree, SiteLocale sourceLocale, MarkdownBodies bodies) {
        this.tree = tree;
        this.sourceLocale = sourceLocale;
        this.translations = new ArticleAssembler(tree, sourceLocale, bodies);
    }

    /**
     * @param articleIds the article folders, whose pages a page of the same name would overwrite
     */
    public PagesAndPosts assemble(List<SiteLocale> locales, List<String> articleIds, Problems problems) {
        Map<String, ContentFile> pageFiles = new TreeMap<>();
        Map<String, ContentFile> postFiles = new TreeMap<>();
        for (ContentFile file : tree.files(sourceLocale.tag()).values()) {
            if (file.type() == ContentType.PAGE) {
                Optional<String> id = idOf(file.relPath(), "");
                if (id.isEmpty()) {
                    problems.add(file.name(), file.lineOf("type"), "a page is content/" + sourceLocale.tag()
                            + "/<name>.md or content/" + sourceLocale.tag() + "/<name>/index.md; move it there or change its type");
                } else if (articleIds.contains(id.get()) || id.get().equals(NEWS)) {
                    problems.add(file.name(), file.lineOf("type"), "page \"" + id.get() + "\" has the name of "
                            + (id.get().equals(NEWS) ? "the news list" : "an article folder") + "; rename the page");
                } else if (pageFiles.putIfAbsent(id.get(), file) != null) {
                    problems.add(file.name(), file.lineOf("type"), "page \"" + id.get() + "\" is also "
                            + pageFiles.get(id.get()).name() + "; keep one of them");
                }
            } else if (file.type() == ContentType.POST) {
                Optional<String> id = idOf(file.relPath(), NEWS + "/");
                if (id.isEmpty()) {
                    problems.add(file.name(), file.lineOf("type"), "a news post is content/" + sourceLocale.tag()
                            + "/news/<name>.md or content/" + sourceLocale.tag() + "/news/<name>/index.md; move it there or change its type");
                } else if (file.header("date").isEmpty()) {
                    // Only the source's date counts: a translation need not repeat it.
                    problems.add(file.name(), file.lineOf("type"), "a news post needs its date; add a line date=YYYY-MM-DD before ~~~~~~");
                } else if (postFiles.putIfAbsent(id.get(), file) != null) {
                    problems.add(file.name(), file.lineOf("type"), "news post \"" + id.get() + "\" is also "
                            + postFiles.get(id.get()).name() + "; keep one of them");
                }
            }
        }
        Map<String, List<Localized<PlainPage>>> pages = new LinkedHashMap<>();
        Map<String, List<Localized<NewsPost>>> posts = new LinkedHashMap<>();
        for (SiteLocale locale : locales) {
            Map<String, ContentFile> own = tree.files(locale.tag());
            List<Localized<PlainPage>> localePages = new ArrayList<>();
            pageFiles.forEach((id, source) -> localePages.add(translations.pick(source, own, locale,
                    f -> page(id, f, source, own, locale, problems))));
            pages.put(locale.tag(), localePages);
            List<Localized<NewsPost>> localePosts = new ArrayList<>();
            postFiles.forEach((id, source) -> localePosts.add(translations.pick(source, own, locale,
                    f -> post(id, f, source, own, locale, problems))));
            // Newest first; posts of one day by name, so that every build lists them alike.
            localePosts.sort(Comparator.comparing((Localized<NewsPost> p) -> p.value().date()).reversed()
                    .thenComparing(p -> p.value().id()));
            posts.put(locale.tag(), localePosts);
        }
        return new PagesAndPosts(pages, posts);
    }

    /** {@code <name>.md} or {@code <name>/index.md} directly inside {@code folder}. */
    private static Optional<String> idOf(String relPath, String folder) {
        if (!relPath.startsWith(folder)) return Optional.empty();
        String rest = relPath.substring(folder.length());
        String[] parts = rest.split("/");
        if (parts.length == 1 && rest.endsWith(".md") && !rest.equals(INDEX)) {
            return Optional.of(rest.substring(0, rest.length() - 3));
        }
        if (parts.length == 2 && parts[1].equals(INDEX)) return Optional.of(parts[0]);
        return Optional.empty();
    }

    private PlainPage page(String id, ContentFile file, ContentFile source, Map<String, ContentFile> own, SiteLocale locale,
                           Problems problems) {
        return new PlainPage(id, file.required("title"), file.header("description"), source.header("page.kind"),
                source.date("updated"), source.header("reviewer"),
                translations.html(file, links(file, source, own, locale, problems), locale, id, bundleFolder(source), problems),
                file.name());
    }

    private NewsPost post(String id, ContentFile file, ContentFile source, Map<String, ContentFile> own, SiteLocale locale,
                          Problems problems) {
        List<String> tags = file.header("tags").or(() -> source.header("tags"))
                .map(t -> Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        return new NewsPost(id, file.required("title"), file.header("description"), source.date("date").orElseThrow(), tags,
                translations.html(file, links(file, source, own, locale, problems), locale, NEWS + "/" + id, bundleFolder(source),
                        problems), file.name());
    }

    /**
     * The folder whose images are published with a page or post: its own, when it is a folder with an
     * {@code index.md}; null for a single file, which has none.
     */
    public static String bundleFolder(ContentFile source) {
        return source.relPath().endsWith("/" + INDEX) ? source.folder() : null;
    }

    /** A page names its own link addresses ({@code link.NAME=}); a translation may replace them. */
    private LinkTargets links(ContentFile file, ContentFile source, Map<String, ContentFile> own, SiteLocale locale,
                              Problems problems) {
        LinkTargets links = file.locale().equals(sourceLocale.tag()) ? LinkTargets.of(source, null)
                : LinkTargets.of(source, own.get(source.relPath()));
        if (file.locale().equals(locale.tag())) links.checkUses(file, problems);
        return links;
    }
}
