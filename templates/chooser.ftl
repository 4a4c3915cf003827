<#-- The site's front door: every language, each named in itself; works without JavaScript. -->
<#import "layout.ftl" as layout>
<@layout.document title=text("chooser.title") bodyClass="chooser-page">
<h1>${msg("chooser.title")}</h1>
<ul class="choices">
<#list choices as choice>
<li lang="${choice.locale.tag}" dir="${choice.locale.dir()}"><a href="${choice.href}" hreflang="${choice.locale.tag}">${choice.locale.endonym}</a> <span class="choice-hint">${choice.title.text}</span></li>
</#list>
</ul>
<#if offline><@layout.offlineCopy scope="all"/></#if>
<script src="${page.link('assets/language-suggest.js')}" defer></script>
</@layout.document>
