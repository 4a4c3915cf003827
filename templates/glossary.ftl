<#import "layout.ftl" as layout>
<#assign meta = article.meta.value>
<@layout.document title=msg("glossary.title")?markup_string description=text("glossary.intro", "article", meta.title) bodyClass="glossary-page">
<header class="article-header">
<h1>${msg("glossary.title")}</h1>
<@layout.translationNotices/>
<p>${msg("glossary.intro", "article", meta.title)} <a href="${articleHref}">${msg("glossary.backToArticle")}</a></p>
<p>${msg("glossary.count", "count", glossary.terms()?size)}</p>
</header>
<nav class="letters" aria-label="${text('glossary.index')}">
<ul>
<#list glossary.letters as letter>
<li><a href="#${letter.anchor}">${letter.label}</a></li>
</#list>
</ul>
</nav>
<#list glossary.letters as letter>
<section class="letter" aria-labelledby="${letter.anchor}">
<h2 id="${letter.anchor}">${letter.label}</h2>
<dl>
<#list letter.terms as entry>
<#assign term = entry.value>
<div class="term"<@layout.langOf entry.provenance/>>
<dt id="${term.anchor()}"><dfn>${term.term}</dfn></dt>
<dd>${term.definitionHtml}</dd>
<@layout.termNotices entry page.original + "#" + term.anchor()/>
<#if termUses?seq_contains(term.id)><dd class="term-back"<#if entry.provenance.fallback> lang="${locale.tag}" dir="${locale.dir()}"</#if>><a href="${articleHref}#${term.useAnchor()}">${msg("glossary.backToUse")}</a></dd></#if>
</div>
</#list>
</dl>
</section>
</#list>
</@layout.document>
