#!/usr/bin/env python3
"""Generate the same benchmark corpus for Babelbake, plain JBake and Hugo.

    python3 bench/generate-corpus.py --pages N --locales L --out DIR

writes four site projects with the same pages:

  DIR/babelbake  a Babelbake site project: N sections per locale (~600 words each), grouped as
                 articles of --per-article sections (content/<tag>/aNNN/NN-pNNNN.md, each article
                 folder with its index.md), plus a glossary of --terms terms in the first article.
                 Other locales are complete draft translations stamped with the English source hash.
  DIR/jbake      a plain JBake project: content/<tag>/pNNNN.md (type=page) and content/<tag>/glossary.md,
                 one minimal Freemarker template, index/feed/archive/tags/sitemap rendering off.
  DIR/hugo       a Hugo multilingual site: content/<lang>/pNNNN.md and glossary.md, a minimal
                 single/list layout, taxonomies/RSS/sitemap/robots/404 off.
  DIR/hugo-themed  the Babelbake articles as a Hugo site with a theme doing the online pages' work
                 that Hugo can do (hugo_themed.py): one page per article, Babelbake's page frame,
                 notices, contents, references, dates, JSON-LD, external links marked, a search
                 file per language; no offline copies, EPUB or link check, which Hugo does not make.

Only the Python 3 standard library is used; the output depends only on the arguments (seeded
random numbers), so two runs with the same arguments give byte-identical trees.
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import sys

from hugo_themed import HugoThemedSite, hugo_config

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# en first: it is the source locale. The order decides which tags "--locales L" takes.
LOCALES = ["en", "es", "fr", "de", "ar", "ru", "zh-Hans", "pt-BR", "it", "nl", "ja"]
RTL = {"ar"}
UNSPACED = {"zh-Hans", "ja"}  # scripts written without spaces between words
ENDONYMS = {
    "en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "ar": "العربية",
    "ru": "Русский", "zh-Hans": "简体中文", "pt-BR": "Português (Brasil)", "it": "Italiano",
    "nl": "Nederlands", "ja": "日本語",
}

EN_WORDS = """muscle weakness inflammation immune system body tissue cell fibre protein antibody doctor
patient treatment therapy disease condition symptom sign test blood level enzyme biopsy sample
result study research trial group people person family year month week day time change increase
decrease response effect risk factor cause onset course progression recovery strength movement
shoulder hip thigh arm leg neck swallowing breathing heart lung skin joint pain fatigue exercise
rest diet medicine drug dose steroid infusion injection specialist clinic hospital visit report
record scan image magnetic resonance electrical nerve signal fibre damage repair growth care plan
support goal question answer information guide chart measure score scale value range normal high
low early late common rare mild severe slow rapid chronic acute stable active daily regular careful
important useful possible clear different similar specific general simple complex long short""".split()
EN_JOIN = "the of and to in a with for is are can may that this on by as from or at be has".split()

EN_TERMS = """autoimmune antibody biopsy creatine kinase dermatomyositis dysphagia electromyography
enzyme fibrosis idiopathic immunoglobulin inflammation lymphocyte macrophage myalgia myopathy
myositis necrosis polymyositis proximal regeneration sarcolemma statin steroid weakness
complement atrophy myoglobin plasma infusion""".split()

SYLLABLES = {
    "es": "la ción mi o pa tía ne cro sis en fer me dad mús cu lo tra ta mien to si gno do lor ca "
          "be za ma no pi er na de bi li dad es tu dio".split(),
    "fr": "ma la die mus cu lai re é tion pro gres sion in flam toi se ment trai te char ge "
          "dou leur fai bles se cel lu le on de".split(),
    "de": "mus kel ent zün dung krank heit schwä che im mun ge ver lauf ü ber be hand lung "
          "ar zt blut wert stu die zel le".split(),
    "ar": "ال عض لة ت هاب مر ض منا عي ن خ ر ج سم د م ط بي ب ع لا ق و ة ف ي ح ص".split(),
    "ru": "ми о зит вос па ле ние мыш ца бо лезнь им мун ный сла бость ле че ние врач "
          "кровь ана лиз ис сле до ва".split(),
    "pt-BR": "mi o si te in fla ma ção mús cu lo do en ça fra que za tra ta men to san gue "
             "exa me pes qui sa cé lu la".split(),
    "it": "mio si te in fiam ma zio ne mu sco lo ma lat tia de bo lez za cu ra san gue "
          "esa me ri cer ca cel lu la".split(),
    "nl": "spier ont ste king ziek te zwak heid be han de ling bloed on der zoek cel "
          "arts pijn ver loop".split(),
    "zh-Hans": list("肌炎免疫坏死性病症状治疗医生患者研究抗体蛋白检查血液肉无力疲劳关节皮肤肺部心脏药物"
                    "诊断慢性急性恢复运动饮食休息家庭计划支持问题答案信息指南结果变化增加减少风险因素"),
    "ja": list("筋炎免疫壊死性病気症状治療医師患者研究抗体検査血液無力疲労関節皮膚肺心臓薬診断慢急"
               "回復運動食事休息家族計画支援質問答情報結果変化増加減少危険要因"),
}
JA_PARTICLES = ["の", "は", "が", "を", "に", "で", "と", "も"]


def sha12(body):
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


class Lang:
    """Pseudo-text for one locale: English words for en, seeded syllable words for the others."""

    def __init__(self, tag, seed):
        self.tag = tag
        rnd = random.Random(f"{seed}:vocab:{tag}")
        if tag == "en":
            self.words = EN_WORDS
            self.joins = EN_JOIN
            self.terms = EN_TERMS
        else:
            syl = SYLLABLES[tag]
            n_syl = (2, 3) if tag in UNSPACED else (2, 4)
            self.words = sorted({self._word(rnd, syl, n_syl) for _ in range(260)})
            self.joins = sorted({self._word(rnd, syl, (1, 2)) for _ in range(20)})
            if tag == "ja":
                self.joins = JA_PARTICLES
            terms = []
            while len(terms) < len(EN_TERMS):
                t = self._word(rnd, syl, (3, 4) if tag in UNSPACED else (3, 5))
                if t not in terms and t not in self.words:
                    terms.append(t)
            self.terms = terms
        self.space = "" if tag in UNSPACED else " "
        self.stop = "。" if tag in UNSPACED else "."
        self.comma = "、" if tag == "ja" else ("，" if tag == "zh-Hans" else ",")

    @staticmethod
    def _word(rnd, syl, n):
        return "".join(rnd.choice(syl) for _ in range(rnd.randint(*n)))

    def words_n(self, rnd, n, terms=0):
        out = []
        for i in range(n):
            out.append(rnd.choice(self.joins) if rnd.random() < 0.3 else rnd.choice(self.words))
        for _ in range(terms):
            out[rnd.randrange(len(out))] = rnd.choice(self.terms)
        return out

    def sentence(self, rnd, n, terms=0):
        w = self.words_n(rnd, n, terms)
        if len(w) > 8 and self.tag not in UNSPACED:
            w[len(w) // 2] += self.comma
        text = self.space.join(w)
        if self.tag not in UNSPACED:
            text = text[0].upper() + text[1:]
        return text + self.stop

    def paragraph(self, rnd, n_words, terms=1):
        parts, left = [], n_words
        while left > 0:
            n = min(left, rnd.randint(9, 18))
            parts.append(self.sentence(rnd, n, terms if not parts else 0))
            left -= n
        return self.space.join(parts)

    def title(self, rnd, n):
        t = self.space.join(rnd.choice(self.words) for _ in range(n))
        return t[0].upper() + t[1:] if self.tag not in UNSPACED else t


def link(target, text):
    """A link to another page, written per tool later: {{LINK:pNNNN|text}}."""
    return "{{LINK:%s|%s}}" % (target, text)


def page_markdown(lang, rnd, page_ids):
    """About 600 words: paragraphs, three subheadings, a bullet list, a table, a numbered list, links."""
    L = lang
    sp = L.space
    out = []
    out.append(L.paragraph(rnd, 80, terms=2) + sp + link(rnd.choice(page_ids), L.title(rnd, 3)) + L.stop)
    out.append("")
    out.append("### " + L.title(rnd, 3))
    out.append("")
    out.append(L.paragraph(rnd, 85, terms=1))
    out.append("")
    for _ in range(5):
        out.append("- " + sp.join(L.words_n(rnd, 8)))
    out.append("")
    out.append(L.paragraph(rnd, 80, terms=1) + sp + "[" + L.title(rnd, 2) + "](https://example.org/research/"
               + str(rnd.randint(1000, 9999)) + ")" + L.stop)
    out.append("")
    out.append("### " + L.title(rnd, 2))
    out.append("")
    header = [L.title(rnd, 1) for _ in range(3)]
    out.append("| " + " | ".join(header) + " |")
    out.append("|" + "---|" * 3)
    for _ in range(5):
        out.append("| " + " | ".join(sp.join(L.words_n(rnd, 3)) for _ in range(3)) + " |")
    out.append("")
    out.append(L.paragraph(rnd, 85, terms=1))
    out.append("")
    for i in range(4):
        out.append(f"{i + 1}. " + sp.join(L.words_n(rnd, 8)))
    out.append("")
    out.append("### " + L.title(rnd, 3))
    out.append("")
    out.append(L.paragraph(rnd, 85, terms=1) + sp + link(rnd.choice(page_ids), L.title(rnd, 2)) + L.stop)
    out.append("")
    out.append(L.paragraph(rnd, 60, terms=1))
    return "\n".join(out) + "\n"


LINK_RE = re.compile(r"\{\{LINK:(p[0-9]+)\|([^}]*)\}\}")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def header(pairs):
    return "".join(f"{k}={v}\n" for k, v in pairs) + "~~~~~~\n"


# CLDR plural categories of each generated locale (cardinals), besides "other".
PLURAL_CATEGORIES = {
    "en": ["one"], "es": ["one", "many"], "fr": ["one", "many"], "de": ["one"],
    "ar": ["zero", "one", "two", "few", "many"], "ru": ["one", "few", "many"], "zh-Hans": [],
    "pt-BR": ["one", "many"], "it": ["one", "many"], "nl": ["one"], "ja": [],
}


def plural_complete(line, tag):
    """Give every plural message exactly the CLDR categories of the locale, each with the English
    "other" text, so that a copy of en.properties passes Babelbake's plural check without warnings."""
    if "plural" not in line:
        return line

    def fix(m):
        body = m.group(0)
        other = re.search(r"other \{([^{}]*)\}", body)
        if not other:
            return body
        for c in ("zero", "one", "two", "few", "many"):
            body = re.sub(r"\b" + c + r" \{[^{}]*\} ", "", body)
        extra = "".join(f"{c} {{{other.group(1)}}} " for c in PLURAL_CATEGORIES[tag])
        return body.replace("other {", extra + "other {", 1)

    return re.sub(r"plural,[^{}]*(?:\{[^{}]*\}[^{}]*)*", fix, line)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, required=True, help="pages (sections) per locale")
    ap.add_argument("--locales", type=int, required=True, help=f"number of locales, 1..{len(LOCALES)} (en first)")
    ap.add_argument("--out", required=True, help="output folder (babelbake/, jbake/, hugo/, hugo-themed/ are replaced)")
    ap.add_argument("--per-article", type=int, default=30, help="sections per Babelbake article (default 30)")
    ap.add_argument("--terms", type=int, default=30, help="glossary terms (default 30, at most 30)")
    ap.add_argument("--seed", default="babelbake-bench", help="random seed")
    args = ap.parse_args()
    if not 1 <= args.locales <= len(LOCALES):
        ap.error(f"--locales must be 1..{len(LOCALES)}")
    if args.pages < 1 or args.per_article < 1 or not 0 <= args.terms <= len(EN_TERMS):
        ap.error("--pages and --per-article must be positive, --terms 0..30")
    tags = LOCALES[:args.locales]
    out = os.path.abspath(args.out)
    roots = {k: os.path.join(out, k) for k in ("babelbake", "jbake", "hugo", "hugo-themed")}
    for r in roots.values():
        shutil.rmtree(r, ignore_errors=True)

    page_ids = [f"p{n:04d}" for n in range(1, args.pages + 1)]
    n_articles = (args.pages + args.per_article - 1) // args.per_article
    article_of = {pid: f"a{i // args.per_article + 1:03d}" for i, pid in enumerate(page_ids)}
    article_pages = {}
    for pid in page_ids:
        article_pages.setdefault(article_of[pid], []).append(pid)

    langs = {t: Lang(t, args.seed) for t in tags}
    en_terms = EN_TERMS[:args.terms]

    # ---- content, generated once per locale and page, written in each tool's format ----
    en_body_hash = {}
    bb = roots["babelbake"]
    jb = roots["jbake"]
    hg = roots["hugo"]
    themed = HugoThemedSite()
    for tag in tags:
        L = langs[tag]
        src = tag == "en"
        hugo_dir = os.path.join(hg, "content", tag.lower())

        def stamp(relpath, body):
            """Headers of a translated file: draft, made from the current English source."""
            if src:
                en_body_hash[relpath] = sha12(body)
                return []
            return [("translation.status", "draft"), ("translation.source", en_body_hash[relpath]),
                    ("translation.date", "2024-01-15"), ("translation.by", "Benchmark generator")]

        # Babelbake article index files.
        for a in range(1, n_articles + 1):
            aid = f"a{a:03d}"
            rnd = random.Random(f"{args.seed}:article:{tag}:{aid}")
            rel = f"{aid}/index.md"
            body = ""
            title, description = L.title(rnd, 4) + f" {a}", L.sentence(rnd, 20)
            hdr = [("type", "article"), ("status", "published"), ("title", title), ("description", description)]
            if src:
                hdr += [("updated", "2023-02"), ("reviewer", "Dr. A. Reviewer, MD")]
            write(os.path.join(bb, "content", tag, rel), header(hdr + stamp(rel, body)) + body)
            # Three references, in English only (the other locales show them in English).
            references = [{"authors": f"Author {chr(64 + r)}, Writer B", "title": f"A study of muscle disease, part {r}",
                           "journal": "J Bench Med", "year": str(2015 + r), "location": f"{r}(2):{10 * r}-{10 * r + 9}",
                           "doi": f"10.1000/bench.{a}.{r}"} for r in range(1, 4)]
            themed.article(tag, aid, {
                "title": title, "description": description, "updated": "2023-02-01", "reviewed": "2023-02-01",
                "reviewer": "Dr. A. Reviewer, MD", "translation": not src, "translator": "Benchmark generator",
                "refs": references})
            if src:
                refs = [(f"ref.{r}.{key}", value) for r, ref in enumerate(references, 1) for key, value in ref.items()]
                write(os.path.join(bb, "content", tag, f"{aid}/99-references.md"),
                      header([("type", "references"), ("status", "published"), ("title", "References")] + refs))

        # Pages: Babelbake sections, JBake pages, Hugo pages.
        for i, pid in enumerate(page_ids):
            rnd = random.Random(f"{args.seed}:page:{tag}:{pid}")
            aid = article_of[pid]
            siblings = [p for p in article_pages[aid] if p != pid] or [pid]
            title = L.title(rnd, 5) + f" {i + 1}"
            md = page_markdown(L, rnd, siblings)
            nn = article_pages[aid].index(pid) + 1
            width = max(2, len(str(len(article_pages[aid]))))
            rel = f"{aid}/{nn:0{width}d}-{pid}.md"
            bb_body = LINK_RE.sub(lambda m: f"[{m.group(2)}](#{m.group(1)})", md)
            write(os.path.join(bb, "content", tag, rel),
                  header([("type", "section"), ("status", "published"), ("title", title)] + stamp(rel, bb_body)) + bb_body)
            themed.section(tag, aid, pid, title, bb_body)
            jb_body = LINK_RE.sub(lambda m: f"[{m.group(2)}]({m.group(1)}.html)", md)
            write(os.path.join(jb, "content", tag, pid + ".md"),
                  header([("title", title), ("type", "page"), ("status", "published"), ("date", "2023-02-01"),
                          ("lang", tag)]) + jb_body)
            hg_body = LINK_RE.sub(lambda m: f"[{m.group(2)}](../{m.group(1)}/)", md)
            write(os.path.join(hugo_dir, pid + ".md"),
                  "---\ntitle: " + json_str(title) + f"\nweight: {i + 1}\n---\n" + hg_body)

        # Glossary: Babelbake term files in the first article; one glossary page for JBake and Hugo.
        rnd = random.Random(f"{args.seed}:glossary:{tag}")
        entries = []
        for k, en_term in enumerate(en_terms):
            term = L.terms[k]
            definition = L.sentence(rnd, rnd.randint(12, 22))
            rel = f"a001/glossary/{en_term}.md"
            body = definition + "\n"
            hdr = [("type", "term"), ("status", "published"), ("title", term)]
            if k < 5:
                hdr.append(("keyword", str(k + 1)))
            write(os.path.join(bb, "content", tag, rel), header(hdr + stamp(rel, body)) + body)
            entries.append((term, definition))
        gl_title = {"en": "Glossary"}.get(tag, L.title(random.Random(f"{args.seed}:gt:{tag}"), 1))
        gl_md = "\n".join(f"**{t}**: {d}\n" for t, d in sorted(entries))
        write(os.path.join(jb, "content", tag, "glossary.md"),
              header([("title", gl_title), ("type", "page"), ("status", "published"), ("date", "2023-02-01"),
                      ("lang", tag)]) + gl_md)
        themed.glossary(tag, gl_title, gl_md)
        write(os.path.join(hugo_dir, "glossary.md"),
              "---\ntitle: " + json_str(gl_title) + f"\nweight: {len(page_ids) + 1}\n---\n" + gl_md)

    # ---- Babelbake project files ----
    with open(os.path.join(REPO, "jbake.properties"), encoding="utf-8") as f:
        # The menu names the default site's articles and pages: here the first article only.
        props = re.sub(r"(?m)^site\.menu=.*$", "site.menu=a001", f.read())
    write(os.path.join(bb, "jbake.properties"), props)
    shutil.copytree(os.path.join(REPO, "templates"), os.path.join(bb, "templates"))
    shutil.copytree(os.path.join(REPO, "assets"), os.path.join(bb, "assets"))
    with open(os.path.join(REPO, "translations", "en.properties"), encoding="utf-8") as f:
        en_props = f.read()
    for tag in tags:
        text = en_props if tag == "en" else "".join(plural_complete(l, tag) for l in en_props.splitlines(True))
        write(os.path.join(bb, "translations", f"{tag}.properties"), text)

    # ---- plain JBake project files ----
    write(os.path.join(jb, "jbake.properties"), """\
# Plain JBake 2.7.0: pages only, no index, feed, archive, tags or sitemap.
render.index=false
render.feed=false
render.archive=false
render.tags=false
render.tagsindex=false
render.sitemap=false
render.error404=false
markdown.extensions=AUTOLINKS,FENCED_CODE_BLOCKS,TABLES,SMARTS,QUOTES
header.separator=~~~~~~
render.encoding=UTF-8
template.encoding=UTF-8
default.status=published
""")
    write(os.path.join(jb, "templates", "page.ftl"), """\
<!DOCTYPE html>
<html lang="${content.lang!"en"}"<#if (content.lang!"") == "ar"> dir="rtl"</#if>>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.title}</title>
<link rel="stylesheet" href="../style.css">
</head>
<body>
<main>
<h1>${content.title}</h1>
${content.body}
</main>
</body>
</html>
""")
    css = "body{font-family:system-ui,sans-serif;max-width:40em;margin:auto;padding:1em;line-height:1.5}\n" \
          "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .4em}\n"
    write(os.path.join(jb, "assets", "style.css"), css)

    # ---- Hugo project files ----
    write(os.path.join(hg, "config.toml"), hugo_config("Bench", tags, ENDONYMS, RTL))
    head = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}" dir="{{ .Site.Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<main>
<h1>{{ .Title }}</h1>
"""
    write(os.path.join(hg, "layouts", "_default", "single.html"),
          head + "{{ .Content }}\n</main>\n</body>\n</html>\n")
    write(os.path.join(hg, "layouts", "_default", "list.html"),
          head + "{{ .Content }}\n<ul>\n{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>\n"
                 "{{ end }}</ul>\n</main>\n</body>\n</html>\n")
    write(os.path.join(hg, "static", "style.css"), css)
    themed.write(roots["hugo-themed"], tags, ENDONYMS, RTL, os.path.join(REPO, "assets"), write)

    total = args.pages * len(tags)
    print(f"generated {args.pages} pages x {len(tags)} locales ({', '.join(tags)}) = {total} pages, "
          f"{n_articles} Babelbake article(s) per locale, {len(en_terms)} glossary terms, in {out}")


def json_str(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    import json
    return json.dumps(s, ensure_ascii=False)


if __name__ == "__main__":
    sys.exit(main())
