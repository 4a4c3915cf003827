package org.babelbake.site;

import org.babelbake.bake.JBakeMarkdown;
import org.babelbake.bake.PageTemplates;
import org.babelbake.content.Article;
import org.babelbake.content.ArticleAssembler;
import org.babelbake.content.ArticleMeta;
import org.babelbake.content.BundleImages;
import org.babelbake.content.GlossaryTerm;
import org.babelbake.content.Localized;
import org.babelbake.content.MarkdownBodies;
import org.babelbake.content.PagesAndPosts;
import org.babelbake.content.Section;
import org.babelbake.html.EditionMarks;
import org.babelbake.html.ExternalLinks;
import org.babelbake.locale.Messages;
import org.babelbake.locale.SiteLocale;
import org.babelbake.offline.BuildTime;
import org.babelbake.page.ArticleText;
import org.babelbake.page.Download;
import org.babelbake.page.SiteInfo;
import org.babelbake.problem.Problems;
import org.babelbake.theme.AssetFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Everything a build read and checked, before any page is written: the project, messages,
 * templates, and an outline (titles and provenance, no text) of every article in every locale.
 * A preview keeps it to re-render only the pages a change touches.
 *
 * @param downloads the offline copies of the last build (empty until one was made)
 * @param extras    the pages and news posts of every locale, with their text
 */
record LoadedSite(Path root, SiteProject project, Map<String, Messages> messages, List<SiteLocale> locales,
                  PageTemplates templates, List<AssetFile> assets, JBakeMarkdown markdown, Map<String, ExternalLinks> external,
                  List<String> articleIds, Map<String, List<Article>> outlines, SiteInfo site, BuildTime time,
                  List<Download> downloads, Map<String, LinkedText> linked, PagesAndPosts extras) {

    /**
     * An article's sections as linked for its page, and what they were linked from. A preview
     * keeps them: when an edit leaves an article's text in a locale as it was (a source edit only
     * makes the translations outdated), the linking is not done again.
     */
    record LinkedText(List<Object> from, ArticleMeta meta, List<Localized<Section>> sections,
                      List<Localized<GlossaryTerm>> glossary) {
    }

    /** @param remember keep linked texts, for a preview */
    LoadedSite(Path root, SiteProject project, Map<String, Messages> messages, List<SiteLocale> locales,
               PageTemplates templates, List<AssetFile> assets, JBakeMarkdown markdown, Map<String, ExternalLinks> external,
               List<String> articleIds, SiteInfo site, boolean remember, PagesAndPosts extras) {
        this(root, project, messages, locales, templates, assets, markdown, external, articleIds, Map.of(), site, null,
                List.of(), remember ? new ConcurrentHashMap<>() : null, extras);
    }

    LoadedSite with(Map<String, List<Article>> newOutlines, SiteInfo newSite, BuildTime newTime) {
        return new LoadedSite(root, project, messages, locales, templates, assets, markdown, external, articleIds,
                Map.copyOf(newOutlines), newSite, newTime, downloads, linked, extras);
    }

    LoadedSite withDownloads(List<Download> made) {
        return new LoadedSite(root, project, messages, locales, templates, assets, markdown, external, articleIds,
                outlines, site, time, List.copyOf(made), linked, extras);
    }

    LoadedSite withProject(SiteProject changed) {
        return new LoadedSite(root, changed, messages, locales, templates, assets, markdown, external, articleIds,
                outlines, site, time, downloads, linked, extras);
    }

    /** What the online site keeps of a rendered page: its own parts, the language choice, every language. */
    EditionMarks.Scope online() {
        return EditionMarks.Scope.of(true, true, locales.stream().map(SiteLocale::tag).collect(Collectors.toSet()));
    }

    /** The images beside the content's Markdown, and which file each locale's readers get. */
    BundleImages images() {
        return new BundleImages(project.tree(), project.source().tag());
    }

    /** The article's titles and provenance, without rendering any Markdown; its problems are reported. */
    Article outline(String id, SiteLocale locale, Problems problems) {
        return new ArticleAssembler(project.tree(), project.source(), MarkdownBodies.NONE).assemble(id, locale, problems);
    }

    /**
     * The article with its text, linked for its page. Problems of its headers were reported by its
     * outline, which reads the same files (reported again, they count once); those of its text
     * (markup that cleaning removes, images) are found here.
     */
    Article article(String id, SiteLocale locale, Problems problems) {
        Article article = new ArticleAssembler(project.tree(), project.source(), markdown).assemble(id, locale, problems);
        if (linked == null) return ArticleText.link(article, external.get(locale.tag()));
        // Linking depends on the sections' text and language and on the glossary's terms and languages.
        List<Object> from = new ArrayList<>();
        from.add(List.of(article.meta().value(), article.meta().provenance().language()));
        article.sections().forEach(s -> from.add(List.of(s.value(), s.provenance().language())));
        article.glossary().forEach(t -> from.add(List.of(t.value(), t.provenance().language())));
        // The key is the text: read now, while the sections still have it, before linking takes their trees.
        from.hashCode();
        String key = locale.tag() + "/" + id;
        LinkedText known = linked.get(key);
        if (known == null || !known.from().equals(from)) {
            Article linkedArticle = ArticleText.link(article, external.get(locale.tag()));
            known = new LinkedText(from, linkedArticle.meta().value(), linkedArticle.sections(), linkedArticle.glossary());
            linked.put(key, known);
        }
        List<Localized<Section>> sections = new ArrayList<>();
        for (int i = 0; i < known.sections().size(); i++) {
            sections.add(new Localized<>(known.sections().get(i).value(), article.sections().get(i).provenance()));
        }
        List<Localized<GlossaryTerm>> glossary = new ArrayList<>();
        for (int i = 0; i < known.glossary().size(); i++) {
            glossary.add(new Localized<>(known.glossary().get(i).value(), article.glossary().get(i).provenance()));
        }
        return new Article(article.id(), article.locale(), new Localized<>(known.meta(), article.meta().provenance()), sections,
                article.referencesTitle(), article.references(), glossary);
    }
}
