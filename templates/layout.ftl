<#-- Shared page frame and parts. Every string comes from translations/<tag>.properties through msg/text. -->
<#macro document title description="" bodyClass="">
<!DOCTYPE html>
<html lang="${locale.tag}" dir="${locale.dir()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- Only the site's own files, nothing from elsewhere; no inline script, and no inline style but the one a self-contained page (404) carries, allowed by its hash. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'<#if inline??> '${inline.styleHash}'</#if>; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'">
<#-- The 404 page is shown at any depth: its links start from the site's address, or from the host's root without one. -->
<#if page.kind == "notFound"><base href="${site.baseUrl!'/'}"></#if>
<title>${title} – ${masthead.name.text}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<meta name="generator" content="Babelbake ${site.version}">
<#if structuredData??>${structuredData}</#if>
<#if inline??><style>${inline.css}</style>
<#if inline.icon?has_content><link rel="icon" href="${inline.icon}" type="image/svg+xml"></#if>
<#else><link rel="stylesheet" href="${stylesheet}">
<#if masthead.faviconHref??><link rel="icon" href="${masthead.faviconHref}" type="${masthead.faviconType}"></#if>
</#if>
<#if feedHref??><@only "online"><link rel="alternate" type="application/atom+xml" href="${feedHref}" title="${text('news.title')}"></@only></#if>
<#if page.alternates?size gt 1><@only "many"><script src="${page.link('assets/language-switcher.js')}" defer></script></@only></#if>
<#-- Search on every page but the 404, which loads nothing from a relative address (it is shown at any depth). -->
<#if page.kind != "notFound"><script src="${page.link('assets/search.js')}" defer></script></#if>
<#if page.canonical??><link rel="canonical" href="${page.canonical}"></#if>
<#if site.baseUrl?? && page.advertised()?size gt 1>
<#list page.advertised() as alt><link rel="alternate" hreflang="${alt.locale.tag}" href="${alt.url}">
</#list><link rel="alternate" hreflang="x-default" href="${page.xDefault}">
</#if>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">${msg("nav.skip")}</a>
<header class="site-header">
<div class="wrap">
<a class="brand" href="${page.link(locale.tag + '/index.html')}"><#if masthead.logoHref??><img class="logo" src="${masthead.logoHref}" alt=""> </#if><@localized masthead.name/></a>
<#if masthead.tagline??><p class="tagline"><@localized masthead.tagline/></p></#if>
<@switcher/>
<@menu/>
<#if page.kind != "notFound"><@search/></#if>
</div>
</header>
<main id="main" tabindex="-1" class="wrap">
<#nested>
</main>
<footer class="site-footer">
<div class="wrap">
<p class="disclaimer">${msg("footer.disclaimer")}</p>
<@printSource/>
<p class="footer-links"><#if chooserHref??><@only "choice"><a href="${chooserHref}">${msg("chooser.title")}</a><#if masthead.poweredBy> · </#if></@only></#if><#if masthead.poweredBy>${msg("footer.generator")}</#if></p>
</div>
</footer>
</body>
</html>
</#macro>

<#-- The same page in every locale; links keep working without JavaScript. -->
<#macro switcher>
<#if page.alternates?size gt 1><@only "many">
<nav class="languages" aria-label="${text('nav.languages')}">
<ul>
<#list page.alternates as alt>
<@only "lang:" + alt.locale.tag><li><a href="${alt.href}" lang="${alt.locale.tag}" hreflang="${alt.locale.tag}" dir="${alt.locale.dir()}"<#if alt.current> aria-current="page"</#if>>${alt.locale.endonym}</a></li>
</@only></#list>
</ul>
</nav>
</@only></#if>
</#macro>

<#-- A part only some editions of the site have: the online site, its offline copies (the downloads
     link, the language list of a one-language copy). Each page is rendered once and every edition
     is cut from it. Marks: online, offline, choice (has the language choice page), many (has more
     than one language), lang:TAG (has that language). -->
<#macro only mark><!--edition:${mark}--><#nested><!--/edition--></#macro>

<#-- The site menu (site.menu): plain links that wrap on a narrow screen, no JavaScript. -->
<#macro menu>
<#if masthead.menu?has_content>
<nav class="site-menu" aria-label="${text('nav.main')}">
<ul>
<#list masthead.menu as item>
<li><a href="${item.href}"<#if item.current> aria-current="page"</#if>><@localized item.label/></a></li>
</#list>
</ul>
</nav>
</#if>
</#macro>

<#-- A text that may be in the source language (LocalizedText): then it carries its own lang and dir. -->
<#macro localized text><#if text.fallback><span lang="${text.language.tag}"<#if text.language.dir() != locale.dir()> dir="${text.language.dir()}"</#if>>${text.text}</span><#else>${text.text}</#if></#macro>

<#-- Search in this page's language: shown by search.js (hidden without JavaScript); the index loads when the box is used. -->
<#macro search>
<form class="search" role="search" hidden data-engine="${page.link('assets/search-engine.js')}" data-index="${page.link(locale.tag + '/search-index.js')}" data-text="${page.link(locale.tag + '/search-text.js')}">
<label for="search-input">${msg("search.label")}</label>
<input id="search-input" type="search" autocomplete="off" spellcheck="false">
<p class="search-status" role="status"></p>
<ol class="search-results" hidden></ol>
</form>
</#macro>

<#-- lang and dir for a block whose text is in the source language because it is not translated. -->
<#macro langOf provenance><#if provenance.fallback> lang="${provenance.language.tag}" dir="${provenance.language.dir()}"</#if></#macro>

<#-- The reader's-language notice shown next to an untranslated block. -->
<#macro fallbackNotice provenance><#if provenance.fallback><p class="notice notice-fallback">${msg("fallback.notice", "language", locale.nameIn(locale))}</p></#if></#macro>

<#-- Page-level notices: unreviewed draft (medical=false: a page or post, not a medical text);
     outdated only when the page's own fields (title, description) are. -->
<#macro translationNotices outdated=false medical=true>
<#if page.draft>
<p class="notice notice-draft" role="note">${msg(medical?then("draft.notice", "page.draftNotice"))} <a href="${page.original}" hreflang="${site.sourceLocale.tag}">${msg("draft.original")}</a><@printAddress page.addressOf(page.original)/></p>
</#if>
<#if outdated><@outdatedNotice href=page.original/></#if>
</#macro>

<#-- On a part translated from an older source: says so in the reader's language, links to that part of the original. -->
<#macro outdatedNotice href><p class="notice notice-outdated" role="note">${msg("outdated.notice")} <a href="${href}" hreflang="${site.sourceLocale.tag}">${msg("outdated.original")}</a><@printAddress page.addressOf(href)/></p></#macro>

<#-- The notices of one glossary term, in the glossary and in the key-words box alike. -->
<#macro termNotices entry href>
<#if entry.provenance.fallback><dd class="notice notice-fallback" lang="${locale.tag}" dir="${locale.dir()}">${msg("fallback.notice", "language", locale.nameIn(locale))}</dd></#if>
<#if entry.provenance.outdated><dd class="notice notice-outdated">${msg("outdated.notice")} <a href="${href}" hreflang="${site.sourceLocale.tag}">${msg("outdated.original")}</a><@printAddress page.addressOf(href)/></dd></#if>
</#macro>

<#-- What a downloaded copy is: the site, its language(s), the day it was made, where it is online. -->
<#macro offlineCopy scope>
<div class="offline-copy">
<p>${msg("offline.about", "site", masthead.name.text, "scope", scope, "language", locale.nameIn(locale), "date", fmt.longDate(site.built))}</p>
<#if site.baseUrl??><p>${msg("offline.online")} <a class="external" rel="external" href="${site.baseUrl}"><span dir="ltr">${site.baseUrl}</span> <span class="external-note">${msg("link.external")}</span></a></p></#if>
</div>
</#macro>

<#-- On paper a link's address is all the reader has: printed after it, kept left-to-right. -->
<#macro printAddress url><#if url?has_content><span class="print-only print-address"> <bdi dir="ltr">${url}</bdi></span></#if></#macro>

<#-- On paper: where the page is online and which version of the site it is. -->
<#macro printSource><p class="print-only print-source"><#if page.canonical??>${msg("print.source", "url", page.canonical, "date", fmt.longDate(site.built))}<#else>${msg("print.version", "date", fmt.longDate(site.built))}</#if></p></#macro>

<#-- The printed end of an article: disclaimer and source kept with its review lines (the page footer then stays off paper). -->
<#macro printEnd><div class="print-only print-end"><p>${msg("footer.disclaimer")}</p><@printSource/></div></#macro>
