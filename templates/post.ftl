<#-- A news post (type=post). -->
<#import "layout.ftl" as layout>
<#assign p = post.value>
<@layout.document title=p.title description=p.description!"">
<article class="post">
<header>
<h1<@layout.langOf post.provenance/>>${p.title}</h1>
<p class="post-date"><time datetime="${p.date.toString()}">${msg("news.published", "date", fmt.longDate(p.date))}</time></p>
<@layout.translationNotices outdated=post.provenance.outdated medical=false/>
</header>
<@layout.fallbackNotice post.provenance/>
<div class="page-body"<@layout.langOf post.provenance/>>
${p.html}
</div>
<footer class="article-meta">
<#if p.tags?has_content><p>${msg("news.tags", "tags", fmt.list(p.tags))}</p></#if>
<p><a href="${newsHref}">${msg("news.all")}</a></p>
</footer>
</article>
</@layout.document>
