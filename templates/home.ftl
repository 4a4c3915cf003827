<#import "layout.ftl" as layout>
<@layout.document title=text("home.title") description=text("home.intro")>
<h1>${msg("home.title")}</h1>
<p>${msg("home.intro")}</p>
<#if page.alternates?size gt 1>
<p>${msg("chooser.intro", "count", page.alternates?size, "languages", fmt.list(page.alternates?map(alt -> alt.locale.nameIn(locale))))}</p>
</#if>
<section aria-labelledby="articles-title">
<h2 id="articles-title">${msg("home.articles")}</h2>
<ul class="article-list">
<#list articles as article>
<#assign meta = article.meta.value>
<li<@layout.langOf article.meta.provenance/>>
<a href="${page.link(locale.tag + '/' + article.id + '/index.html')}">${meta.title}</a>
<#if meta.description??><p>${meta.description}</p></#if>
</li>
</#list>
</ul>
</section>
</@layout.document>
