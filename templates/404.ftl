<#import "layout.ftl" as layout>
<@layout.document title=text("notFound.title")>
<h1>${msg("notFound.title")}</h1>
<p>${msg("notFound.text")}</p>
<p><a href="${chooserHref}">${msg("notFound.home")}</a></p>
</@layout.document>
