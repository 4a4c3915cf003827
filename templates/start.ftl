<#-- The start page of a one-language offline copy: in its language, straight to its articles, and what the copy is. -->
<#import "layout.ftl" as layout>
<@layout.document title=text("home.title") bodyClass="start-page">
<h1><@layout.localized masthead.name/></h1>
<@layout.offlineCopy scope="one"/>
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
<#if others?has_content>
<p>${msg("offline.alsoIn")} <#list others as other><a href="${page.link(other.tag + '/index.html')}" lang="${other.tag}" hreflang="${other.tag}" dir="${other.dir()}">${other.endonym}</a><#sep> · </#sep></#list></p>
</#if>
</@layout.document>
