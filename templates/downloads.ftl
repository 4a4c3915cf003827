<#import "layout.ftl" as layout>
<@layout.document title=text("downloads.title") description=text("downloads.intro")>
<h1>${msg("downloads.title")}</h1>
<p>${msg("downloads.intro")}</p>
<p>${msg("downloads.choose")}</p>
<ul class="downloads">
<#list downloads as download>
<#if download.book>
<li><a href="${download.href}" download="${download.name}" type="application/epub+zip">${msg("downloads.epub", "language", fmt.list(download.names), "size", fmt.bytes(download.bytes))}</a> <bdi class="file-name" dir="ltr">${download.name}</bdi></li>
<#else>
<li><a href="${download.href}" download="${download.name}" type="application/zip">${msg("downloads.file", "languages", download.complete?then(text("downloads.all"), fmt.list(download.names)), "size", fmt.bytes(download.bytes))}</a> <bdi class="file-name" dir="ltr">${download.name}</bdi></li>
</#if>
</#list>
</ul>
<p>${msg("downloads.built", "date", fmt.longDate(built))}</p>
</@layout.document>
