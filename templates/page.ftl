<#-- A page that is not a medical article (type=page): About, Contact, Donate. -->
<#import "layout.ftl" as layout>
<#assign p = content.value>
<@layout.document title=p.title description=p.description!"">
<article class="page">
<header>
<h1<@layout.langOf content.provenance/>>${p.title}</h1>
<@layout.translationNotices outdated=content.provenance.outdated medical=false/>
</header>
<@layout.fallbackNotice content.provenance/>
<div class="page-body"<@layout.langOf content.provenance/>>
${p.html}
</div>
<#if p.updated?? || p.reviewer??>
<footer class="article-meta">
<#if p.updated??><p><time datetime="${p.updated.toString()}">${msg("page.updated", "date", fmt.longDate(p.updated))}</time></p></#if>
<#if p.reviewer??><p>${msg("page.reviewedBy", "reviewer", p.reviewer)}</p></#if>
</footer>
</#if>
</article>
</@layout.document>
