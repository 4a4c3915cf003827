"""The benchmark's articles as a Hugo site whose theme does the online pages' work that Hugo can do.

generate-corpus.py hands each locale's articles, sections and glossary to HugoThemedSite, which
writes DIR/hugo-themed: one page per Babelbake article (its sections in one page, as Babelbake
makes them), a home per language listing every article with its description, and a theme that
gives each page what Babelbake's online page has: the frame (content security policy, JSON-LD,
skip link, site name, the same page in every language, menu, search form, footer with its print
line; the parts that are the same on every page of a language rendered once per language), the
article's draft notice with a link to the original, contents, references with DOIs,
dates written in the page's language, review and translation lines, external links marked by a
render hook, and a search file per language with every page's plain text.

Left out, as bench/README.md says: offline copies (zips), EPUB, the link check, the glossary's
index letters and the search's word index, which Hugo does not make.
"""

import json
import os
import shutil

# The strings the theme shows; each language's i18n file has the English text, as the Babelbake
# corpus copies en.properties to every locale.
STRINGS = {
    "skip": "Skip to main content",
    "languages": "Other languages",
    "main": "Main",
    "search": "Search this site",
    "contents": "Contents",
    "references": "References",
    "refcount": {"one": "{{ .Count }} reference", "other": "{{ .Count }} references"},
    "external": "(external site)",
    "draft": "This translation is a draft and has not yet been medically reviewed.",
    "original": "Read the English original",
    "updated": "Last update: {{ .date }}",
    "reviewed": "Last reviewed: {{ .date }}",
    "reviewedBy": "Reviewed by {{ .reviewer }}",
    "nextReview": "Next review due: {{ .date }}",
    "translatedFrom": "Translated from the English version of {{ .date }}. Translation by {{ .by }}.",
    "draftStatus": "Translation status: draft, not yet checked by a medical reviewer.",
    "backToTop": "Back to top",
    "disclaimer": "This information does not replace advice from your doctor.",
    "version": "Version of {{ .date }}",
    "chooser": "Choose your language",
    "generator": "Made with Hugo.",
    "articles": "Articles",
    "homeTitle": "Patient information",
}

BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}" dir="{{ .Site.Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'">
<title>{{ .Title }} – {{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<meta name="generator" content="Hugo {{ hugo.Version }}">
{{ block "jsonld" . }}{{ end }}
<link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
<link rel="icon" href="{{ "assets/favicon.svg" | relURL }}" type="image/svg+xml">
<script src="{{ "assets/language-switcher.js" | relURL }}" defer></script>
<script src="{{ "assets/search.js" | relURL }}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">{{ i18n "skip" }}</a>
<header class="site-header">
<div class="wrap">
<a class="brand" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
{{ if .IsTranslated }}<nav class="languages" aria-label="{{ i18n "languages" }}">
<ul>
{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Site.LanguageCode }}" hreflang="{{ .Site.LanguageCode }}" dir="{{ .Site.Language.LanguageDirection | default "ltr" }}"{{ if eq .Lang $.Lang }} aria-current="page"{{ end }}>{{ .Site.Language.LanguageName }}</a></li>
{{ end }}</ul>
</nav>{{ end }}
<nav class="site-menu" aria-label="{{ i18n "main" }}">
<ul>
{{ range .Site.Menus.main }}<li><a href="{{ .URL }}"{{ if $.IsMenuCurrent "main" . }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
{{ end }}</ul>
</nav>
{{ partialCached "search.html" . .Lang }}
</div>
</header>
<main id="main" tabindex="-1" class="wrap">
{{ block "main" . }}{{ end }}
</main>
{{ partialCached "footer.html" . .Lang }}
</body>
</html>
"""

SINGLE = """{{ define "jsonld" }}{{ $p := .Params }}{{ $refs := slice }}{{ range $p.refs }}{{ $refs = $refs | append (dict "@type" "ScholarlyArticle" "name" .title "inLanguage" "en" "author" .authors "datePublished" .year "isPartOf" (dict "@type" "Periodical" "name" .journal) "sameAs" (print "https://doi.org/" .doi)) }}{{ end }}<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "MedicalWebPage" "name" .Title "description" .Description "inLanguage" .Site.LanguageCode "about" (dict "@type" "MedicalCondition" "name" .Title) "lastReviewed" $p.reviewed "dateModified" $p.updated "reviewedBy" (dict "@type" "Person" "name" $p.reviewer) "citation" $refs | jsonify | safeJS }}</script>{{ end }}
{{ define "main" }}{{ $p := .Params }}
<article class="article">
<header class="article-header">
<h1>{{ .Title }}</h1>
{{ if $p.translation }}<p class="notice notice-draft" role="note">{{ i18n "draft" }} {{ range .Translations }}{{ if eq .Lang "en" }}<a href="{{ .RelPermalink }}" hreflang="en">{{ i18n "original" }}</a>{{ end }}{{ end }}</p>{{ end }}
</header>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">{{ i18n "contents" }}</h2>
<ol>
{{ range $p.sections }}<li><a href="#{{ .id }}">{{ .title }}</a></li>
{{ end }}{{ with $p.refs }}<li><a href="#references" lang="en" dir="ltr">{{ i18n "references" }}</a></li>{{ end }}
</ol>
</nav>
{{ .Content }}
{{ with $p.refs }}<section id="references" aria-labelledby="references-title">
<h2 id="references-title"><span lang="en" dir="ltr">{{ i18n "references" }}</span> <small class="count">{{ i18n "refcount" (len .) }}</small></h2>
<ol class="references">
{{ range $i, $r := . }}<li id="ref-{{ add $i 1 }}"><span lang="en" dir="ltr">{{ $r.authors }}. <cite>{{ $r.title }}</cite>. {{ $r.journal }}. {{ $r.year }};{{ $r.location }}.</span> <a class="doi external" rel="external" href="https://doi.org/{{ $r.doi }}"><span lang="en" dir="ltr">doi:{{ $r.doi }}</span> <span class="external-note">{{ i18n "external" }}</span></a></li>
{{ end }}</ol>
</section>{{ end }}
{{ if $p.updated }}<footer class="article-meta">
<p><time datetime="{{ $p.updated }}">{{ i18n "updated" (dict "date" (time.Format "January 2006" $p.updated)) }}</time></p>
<p><time datetime="{{ $p.reviewed }}">{{ i18n "reviewed" (dict "date" (time.Format "January 2006" $p.reviewed)) }}</time></p>
<p>{{ i18n "reviewedBy" (dict "reviewer" $p.reviewer) }}</p>
<p class="next-review">{{ i18n "nextReview" (dict "date" (time.Format "January 2006" ((time.AsTime $p.reviewed).AddDate 3 0 0))) }}</p>
{{ if $p.translation }}<p class="provenance">{{ i18n "translatedFrom" (dict "date" (time.Format "January 2006" $p.updated) "by" $p.translator) }}
{{ i18n "draftStatus" }}</p>{{ end }}
<p><a href="#main">{{ i18n "backToTop" }}</a></p>
{{ partialCached "print-end.html" . .Lang }}</footer>{{ end }}
</article>
{{ end }}
"""

# The parts that are the same on every page of a language, rendered once per language (partialCached);
# the print line is the footer's and the printed end's, as one partial.
PARTIALS = {
    "search.html": """<form class="search" role="search" hidden data-engine="{{ "assets/search-engine.js" | relURL }}" data-index="{{ "index.json" | relLangURL }}">
<label for="search-input">{{ i18n "search" }}</label>
<input id="search-input" type="search" autocomplete="off" spellcheck="false">
<p class="search-status" role="status"></p>
<ol class="search-results" hidden></ol>
</form>
""",
    "footer.html": """<footer class="site-footer">
<div class="wrap">
<p class="disclaimer">{{ i18n "disclaimer" }}</p>
{{ partial "print-source.html" . }}<p class="footer-links"><a href="{{ "index.html" | relURL }}">{{ i18n "chooser" }}</a> · {{ i18n "generator" }}</p>
</div>
</footer>
""",
    "print-source.html": """<p class="print-only print-source">{{ i18n "version" (dict "date" (time.Format ":date_long" site.Params.built)) }}</p>""",
    "print-end.html": """<div class="print-only print-end"><p>{{ i18n "disclaimer" }}</p>{{ partial "print-source.html" . }}</div>""",
}

LIST = """{{ define "main" }}
<h1>{{ i18n "homeTitle" }}</h1>
<section aria-labelledby="articles-title">
<h2 id="articles-title">{{ i18n "articles" }}</h2>
<ul class="article-list">
{{ range .Pages }}<li>
<a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ with .Description }}<p>{{ . }}</p>{{ end }}
</li>
{{ end }}</ul>
</section>
{{ end }}
"""

# Every page's plain text for the search box, per language (Babelbake's search-text.js holds as much).
SEARCH = """[{{ range $i, $p := .Site.RegularPages }}{{ if $i }},{{ end }}{{ dict "path" $p.RelPermalink "title" $p.Title "text" $p.Plain | jsonify }}{{ end }}]
"""

# Babelbake marks each external link and says so in the reader's language.
RENDER_LINK = """{{ $external := strings.HasPrefix .Destination "http" }}<a href="{{ .Destination | safeURL }}"{{ if $external }} class="external" rel="external"{{ end }}>{{ .Text | safeHTML }}{{ if $external }} <span class="external-note">{{ i18n "external" }}</span>{{ end }}</a>"""


def hugo_config(title, tags, endonyms, rtl, extra=()):
    """config.toml of a bench Hugo site: one language per locale, folders for pages, relative links,
    taxonomies, RSS, sitemap, robots.txt and 404 off; extra lines before the languages."""
    cfg = ['baseURL = "https://example.org/"', f"title = {json.dumps(title)}", 'defaultContentLanguage = "en"',
           "defaultContentLanguageInSubdir = true", "relativeURLs = true",
           'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
           "enableGitInfo = false", "", *extra, "[languages]"]
    for w, tag in enumerate(tags, 1):
        cfg += [f"[languages.{tag.lower()}]", f'languageCode = "{tag}"', f'languageName = "{endonyms[tag]}"',
                f'contentDir = "content/{tag.lower()}"', f"weight = {w}"]
        if tag in rtl:
            cfg.append('languageDirection = "rtl"')
    return "\n".join(cfg) + "\n"


class HugoThemedSite:
    """Collects each locale's articles as generate-corpus.py makes them, then writes the Hugo site."""

    def __init__(self):
        self.articles = {}  # tag -> {aid: dict(front matter), with "body" parts}
        self.glossaries = {}  # tag -> (title, markdown)

    def article(self, tag, aid, front):
        self.articles.setdefault(tag, {})[aid] = dict(front, sections=[], body=[])

    def section(self, tag, aid, pid, title, markdown):
        article = self.articles[tag][aid]
        article["sections"].append({"id": pid, "title": title})
        article["body"].append(f'<section id="{pid}" aria-labelledby="{pid}-title">\n<div class="section-body">\n\n'
                               f"## {title} {{#{pid}-title}}\n\n{markdown}\n</div>\n</section>\n")

    def glossary(self, tag, title, markdown):
        self.glossaries[tag] = (title, markdown)

    def write(self, root, tags, endonyms, rtl, assets, write):
        """Writes the site into root; assets: the folder copied to static/assets, write(path, text): the generator's file writer."""
        write(os.path.join(root, "config.toml"), hugo_config(
            "Babelbake patient information", tags, endonyms, rtl,
            ["[params]", 'built = "2024-01-15"', "", "[outputs]", 'home = ["HTML", "JSON"]', "",
             "[markup.goldmark.renderer]", "unsafe = true", ""]))
        layouts = os.path.join(root, "layouts", "_default")
        write(os.path.join(layouts, "baseof.html"), BASEOF)
        write(os.path.join(layouts, "single.html"), SINGLE)
        write(os.path.join(layouts, "list.html"), LIST)
        write(os.path.join(layouts, "index.json"), SEARCH)
        write(os.path.join(layouts, "_markup", "render-link.html"), RENDER_LINK)
        for name, text in PARTIALS.items():
            write(os.path.join(root, "layouts", "partials", name), text)
        strings = "".join(self._toml_entry(k, v) for k, v in STRINGS.items())
        for tag in tags:
            write(os.path.join(root, "i18n", f"{tag.lower()}.toml"), strings)
        shutil.copytree(assets, os.path.join(root, "static", "assets"))
        for tag in tags:
            folder = os.path.join(root, "content", tag.lower())
            for weight, (aid, article) in enumerate(self.articles[tag].items(), 1):
                front = {k: v for k, v in article.items() if k != "body"}
                front["weight"] = weight
                if aid == "a001":
                    front["menu"] = "main"
                write(os.path.join(folder, aid + ".md"),
                      json.dumps(front, ensure_ascii=False, indent=1) + "\n" + "\n".join(article["body"]))
            title, markdown = self.glossaries[tag]
            write(os.path.join(folder, "glossary.md"),
                  json.dumps({"title": title, "weight": len(self.articles[tag]) + 1}, ensure_ascii=False) + "\n" + markdown)

    @staticmethod
    def _toml_entry(key, value):
        if isinstance(value, dict):
            return f"[{key}]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in value.items())
        return f"[{key}]\nother = {json.dumps(value)}\n"
