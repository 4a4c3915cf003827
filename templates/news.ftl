<#-- The news list of a locale: newest first; posts not yet translated are listed in their own language. -->
<#import "layout.ftl" as layout>
<@layout.document title=text("news.title")>
<h1>${msg("news.title")}</h1>
<ul class="news-list">
<#list posts as entry>
<#assign p = entry.post.value>
<li>
<p class="post-date"><time datetime="${p.date.toString()}">${fmt.longDate(p.date)}</time></p>
<p class="post-title"<@layout.langOf entry.post.provenance/>><a href="${entry.href}">${p.title}</a></p>
<#if p.description??><p<@layout.langOf entry.post.provenance/>>${p.description}</p></#if>
</li>
</#list>
</ul>
<#if feedHref??><@layout.only "online"><p><a href="${feedHref}" type="application/atom+xml">${msg("news.feed")}</a></p></@layout.only></#if>
</@layout.document>
