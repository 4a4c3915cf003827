package org.babelbake.content;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import org.babelbake.html.HtmlFragment;
import org.babelbake.html.ImageTags;
import org.babelbake.locale.SiteLocale;
import org.babelbake.problem.Problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts together each article for one locale: the source locale decides which parts exist, and each
 * part is the locale's translation when there is one, the source otherwise (a fallback).
 */
public final class ArticleAssembler {
    private static final String INDEX = "index.md";
    private static final Pattern ORDER_PREFIX = Pattern.compile("^[0-9]+-");
    private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)\\A\\s*<p>(.*?)</p>\\s*\\z");

    private final ContentTree tree;
    private final SiteLocale sourceLocale;
    private final MarkdownBodies bodies;
    private final BundleImages images;

    public ArticleAssembler(ContentTree tree, SiteLocale sourceLocale, MarkdownBodies bodies) {
        this.tree = tree;
        this.sourceLocale = sourceLocale;
        this.bodies = bodies;
        this.images = new BundleImages(tree, sourceLocale.tag());
    }

    /** The article folders: every folder of the source locale with an {@code index.md} of type article. */
    public List<String> articleIds(Problems problems) {
        List<String> ids = new ArrayList<>();
        tree.files(sourceLocale.tag()).values().stream()
                .filter(f -> f.type() == ContentType.ARTICLE)
                .forEach(f -> {
                    if (!f.relPath().endsWith("/" + INDEX) || f.folder().contains("/")) {
                        problems.add(f.name(), f.lineOf("type"), "an article's own file is <article folder>/index.md; "
                                + "move it there or change its type");
                    } else {
                        ids.add(f.folder());
                    }
                });
        if (ids.isEmpty()) {
            problems.add("content/" + sourceLocale.tag(), 0, "has no article; add <folder>/index.md with type=article");
        }
        return ids;
    }

    public Article assemble(String articleId, SiteLocale locale, Problems problems) {
        Map<String, ContentFile> source = tree.files(sourceLocale.tag());
        Map<String, ContentFile> own = tree.files(locale.tag());
        String prefix = articleId + "/";

        ContentFile sourceIndex = source.get(prefix + INDEX);
        for (String needed : List.of("updated", "reviewer")) {
            if (sourceIndex.header(needed).isEmpty()) {
                problems.add(sourceIndex.name(), 1, "the article has no " + needed + "; add a line " + needed
                        + (needed.equals("updated") ? "=YYYY-MM" : "=Name, degrees") + " before ~~~~~~ (readers need it to judge the page)");
            }
        }
        LinkTargets sourceLinks = LinkTargets.of(sourceIndex, null);
        LinkTargets ownLinks = LinkTargets.of(sourceIndex, own.get(prefix + INDEX));
        // A file links with its own locale's addresses; its unknown names are reported where it is read as its own.
        Function<ContentFile, LinkTargets> linksOf = f -> {
            LinkTargets links = f.locale().equals(sourceLocale.tag()) ? sourceLinks : ownLinks;
            if (f.locale().equals(locale.tag())) links.checkUses(f, problems);
            return links;
        };
        // Body text in index.md is the article's introduction, shown before the first section.
        Localized<ArticleMeta> meta = pick(sourceIndex, own, locale, f -> meta(f, sourceIndex,
                html(f, linksOf.apply(f), locale, problems)));
        if (!meta.value().hasIntroduction() && !meta.provenance().language().equals(sourceLocale)) {
            // A translation stamped before the source had an introduction: the reader gets the source's, marked.
            HtmlFragment sourceIntroduction = html(sourceIndex, sourceLinks, locale, problems);
            if (!sourceIntroduction.html().isBlank()) {
                meta = new Localized<>(meta.value().withIntroduction(sourceIntroduction, Optional.of(sourceLocale)), meta.provenance());
            }
        }

        List<Localized<Section>> sections = new ArrayList<>();
        Localized<String> referencesTitle = null;
        List<Reference> references = List.of();
        List<Localized<GlossaryTerm>> glossary = new ArrayList<>();
        for (ContentFile file : tree.filesIn(sourceLocale.tag(), articleId).values()) {
            switch (file.type()) {
                case SECTION -> sections.add(pick(file, own, locale, f -> section(f, html(f, linksOf.apply(f), locale, problems))));
                case TERM -> glossary.add(pick(file, own, locale, f -> term(f, html(f, linksOf.apply(f), locale, problems))));
                case REFERENCES -> {
                    if (referencesTitle != null) {
                        problems.add(file.name(), file.lineOf("type"), "article " + articleId
                                + " already has a references file; keep one file of type=references");
                    }
                    referencesTitle = pick(file, own, locale, f -> f.header("title").orElse(file.header("title").orElse("References")));
                    references = references(file, problems);
                }
                case ARTICLE, PAGE, POST -> { }
            }
        }
        checkDuplicateTerms(glossary, locale, problems);
        if (referencesTitle == null) {
            referencesTitle = new Localized<>("", Provenance.source(locale, Provenance.State.SOURCE));
        }
        return new Article(articleId, locale, meta, sections, referencesTitle, references, glossary);
    }

    /** Two files defining the same term (equal for the locale's collator, ignoring case) are a mistake. */
    private static void checkDuplicateTerms(List<Localized<GlossaryTerm>> glossary, SiteLocale locale, Problems problems) {
        if (glossary.size() < 2) return;
        Collator collator = Collator.getInstance(locale.ulocale());
        collator.setStrength(Collator.SECONDARY);
        Map<CollationKey, GlossaryTerm> seen = new HashMap<>();
        for (Localized<GlossaryTerm> entry : glossary) {
            GlossaryTerm term = entry.value();
            GlossaryTerm earlier = seen.putIfAbsent(collator.getCollationKey(term.term()), term);
            if (earlier != null) {
                problems.add(term.file(), term.titleLine(), "term \"" + term.term() + "\" is already defined in " + earlier.file()
                        + "; keep one file per term (merge the definitions or delete one)");
            }
        }
    }

    interface Reader<T> {
        T read(ContentFile file);
    }

    /** The locale's translation of a source file, or the source as a fallback, with its provenance. */
    <T> Localized<T> pick(ContentFile sourceFile, Map<String, ContentFile> own, SiteLocale locale, Reader<T> reader) {
        if (locale.equals(sourceLocale)) {
            return new Localized<>(reader.read(sourceFile), Provenance.source(locale, Provenance.State.SOURCE));
        }
        ContentFile translated = own.get(sourceFile.relPath());
        if (translated == null) {
            return new Localized<>(reader.read(sourceFile), Provenance.source(sourceLocale, Provenance.State.FALLBACK));
        }
        Provenance provenance = new Provenance(locale, SourceVersion.stateOf(sourceFile, translated),
                Optional.of(translated.header("translation.status").orElse("draft")),
                translated.date("translation.date"),
                translated.header("translation.by"));
        return new Localized<>(reader.read(translated), provenance);
    }

    /**
     * A file's body as the readers of {@code locale} see it: cleaned, with its images sized (their
     * own version of an image where they have one). What is removed or refused is a problem at its line.
     */
    private HtmlFragment html(ContentFile file, LinkTargets links, SiteLocale locale, Problems problems) {
        String articleId = file.folder().contains("/") ? file.folder().substring(0, file.folder().indexOf('/')) : file.folder();
        return html(file, links, locale, articleId, articleId, problems);
    }

    /**
     * @param pageFolder   where the page that shows the file is written, inside the locale's folder
     * @param bundleFolder the content folder whose images are published with that page, or null for none
     */
    HtmlFragment html(ContentFile file, LinkTargets links, SiteLocale locale, String pageFolder, String bundleFolder,
                      Problems problems) {
        HtmlFragment clean = bodies.toHtml(file, links, problems);
        ImageTags.Result finished = ImageTags.finish(clean, new ImageSources(file, locale.tag(), images, pageFolder, bundleFolder));
        if (!finished.refused().isEmpty()) {
            String body = file.body();
            for (ImageTags.Refusal refusal : finished.refused()) {
                problems.add(file.name(), BodyLines.lineOf(file, body, List.of("(" + refusal.src(), "\"" + refusal.src(),
                        refusal.src(), "![")), refusal.message());
            }
        }
        return finished.html();
    }

    private ArticleMeta meta(ContentFile file, ContentFile source, HtmlFragment introduction) {
        LocalDate updated = source.date("updated").orElse(LocalDate.EPOCH);
        return new ArticleMeta(file.required("title"),
                file.header("description").or(() -> source.header("description")),
                source.header("updated").orElse(""), updated, source.date("reviewed").orElse(updated), introduction, Optional.empty(),
                file.header("reviewer").or(() -> source.header("reviewer")).orElse(""),
                file.header("reviewer.affiliation").or(() -> source.header("reviewer.affiliation")));
    }

    private Section section(ContentFile file, HtmlFragment html) {
        return new Section(sectionId(file), file.required("title"), html, file.name());
    }

    /** The stable anchor of a section: its file name without the order prefix, e.g. {@code what-is}. */
    public static String sectionId(ContentFile file) {
        return ORDER_PREFIX.matcher(file.stem()).replaceFirst("");
    }

    private GlossaryTerm term(ContentFile file, HtmlFragment body) {
        String html = body.html();
        Matcher single = SINGLE_PARAGRAPH.matcher(html);
        if (single.matches() && !single.group(1).contains("<p>")) html = single.group(1);
        OptionalInt keyword = file.header("keyword").map(k -> OptionalInt.of(Integer.parseInt(k))).orElse(OptionalInt.empty());
        return new GlossaryTerm(file.stem(), file.required("title"), new HtmlFragment(html.strip()), keyword, file.name(),
                file.lineOf("title"));
    }

    private static List<Reference> references(ContentFile file, Problems problems) {
        Map<Integer, Map<String, String>> fields = new TreeMap<>();
        file.headers().forEach((key, value) -> {
            if (!key.startsWith("ref.")) return;
            String[] parts = key.split("\\.", 3);
            fields.computeIfAbsent(Integer.parseInt(parts[1]), n -> new TreeMap<>()).put(parts[2], value.value());
        });
        List<Reference> references = new ArrayList<>();
        int expected = 1;
        for (Map.Entry<Integer, Map<String, String>> entry : fields.entrySet()) {
            int n = entry.getKey();
            Map<String, String> f = entry.getValue();
            if (n != expected) {
                problems.add(file.name(), file.lineOf("ref." + n + "." + f.keySet().iterator().next()),
                        "reference " + n + " follows reference " + (expected - 1) + "; number references 1, 2, 3 without gaps");
            }
            expected = n + 1;
            List<String> missing = List.of("authors", "title", "journal", "year").stream().filter(k -> !f.containsKey(k)).toList();
            if (!missing.isEmpty()) {
                problems.add(file.name(), file.lineOf("ref." + n + "." + f.keySet().iterator().next()),
                        "reference " + n + " has no " + String.join(", ", missing) + "; add ref." + n + "." + missing.get(0) + "=...");
                continue;
            }
            references.add(new Reference(n, f.get("authors"), f.get("title"), Optional.ofNullable(f.get("editors")),
                    f.get("journal"), f.get("year"), Optional.ofNullable(f.get("location")), Optional.ofNullable(f.get("doi"))));
        }
        references.sort(Comparator.comparingInt(Reference::number));
        return references;
    }
}
