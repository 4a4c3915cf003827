<#import "layout.ftl" as layout>
<#assign meta = article.meta.value>
<@layout.document title=meta.title description=meta.description!"">
<article class="article">
<header class="article-header">
<h1<@layout.langOf article.meta.provenance/>>${meta.title}</h1>
<@layout.translationNotices outdated=article.meta.provenance.outdated/>
</header>

<#if meta.hasIntroduction()>
<div class="introduction"<#if meta.introductionFallback??> lang="${meta.introductionFallback.tag}" dir="${meta.introductionFallback.dir()}"<#else><@layout.langOf article.meta.provenance/></#if>>
${meta.introduction}
</div>
</#if>

<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">${msg("nav.contents")}</h2>
<ol>
<#list article.sections as part>
<li><a href="#${part.value.id}"<@layout.langOf part.provenance/>>${part.value.title}</a></li>
</#list>
<#if article.references?has_content>
<li><a href="#references"<@layout.langOf article.referencesTitle.provenance/>>${article.referencesTitle.value}</a></li>
</#if>
</ol>
<#if glossaryHref??><p><a href="${glossaryHref}">${msg("article.toGlossary")}</a></p></#if>
<#if downloadsHref??><@layout.only "online"><p><a href="${downloadsHref}">${msg("nav.downloads")}</a></p></@layout.only></#if>
</nav>

<#list article.sections as part>
<#assign section = part.value>
<section id="${section.id}" aria-labelledby="${section.id}-title">
<@layout.fallbackNotice part.provenance/>
<#if part.provenance.outdated><@layout.outdatedNotice href=page.original + "#" + section.id/></#if>
<div class="section-body"<@layout.langOf part.provenance/>>
<h2 id="${section.id}-title">${section.title}</h2>
${section.html}
</div>
<#if part?is_first && keywords?has_content>
<aside class="keywords" aria-labelledby="keywords-title">
<h3 id="keywords-title">${msg("article.keywords")}</h3>
<dl>
<#list keywords as term>
<div<@layout.langOf term.provenance/>>
<dt><a href="${glossaryHref}#${term.value.anchor()}">${term.value.term}</a></dt>
<dd>${term.value.definitionHtml}</dd>
<@layout.termNotices term originalGlossaryHref + "#" + term.value.anchor()/>
</div>
</#list>
</dl>
</aside>
</#if>
</section>
</#list>

<#if article.references?has_content>
<section id="references" aria-labelledby="references-title">
<@layout.fallbackNotice article.referencesTitle.provenance/>
<#if article.referencesTitle.provenance.outdated><@layout.outdatedNotice href=page.original + "#references"/></#if>
<h2 id="references-title"><span<@layout.langOf article.referencesTitle.provenance/>>${article.referencesTitle.value}</span> <small class="count">${msg("references.count", "count", article.references?size)}</small></h2>
<ol class="references">
<#list article.references as ref>
<li id="ref-${ref.number}"><span lang="en" dir="ltr">${ref.authors}. <cite>${ref.title}</cite>.<#if ref.editors??> ${ref.editors}</#if> ${ref.journal}. ${ref.year}<#if ref.location??>;${ref.location}</#if>.</span><#if ref.doi??> <a class="doi external" rel="external" href="${ref.doiUrl()}"><span lang="en" dir="ltr">doi:${ref.doi}</span> <span class="external-note">${msg("link.external")}</span></a></#if></li>
</#list>
</ol>
</section>
</#if>

<footer class="article-meta">
<p><time datetime="${meta.updatedIso()}">${msg("article.updated", "date", meta.updatedIsDay()?then(fmt.longDate(meta.updated), fmt.monthYear(meta.updated)))}</time></p>
<#if meta.reviewer?has_content>
<p><time datetime="${meta.reviewedMonth()}">${msg("article.reviewed", "date", fmt.monthYear(meta.reviewed))}</time></p>
<p>${msg("article.reviewedBy", "reviewer", meta.reviewer, "affiliation", meta.reviewerAffiliation!"", "withAffiliation", meta.reviewerAffiliation???then("yes", "no"))}</p>
<#-- A copy read offline cannot know today's date: it says when the review was found overdue. -->
<#macro reviewLine state>${msg("article.nextReview", "state", state, "date", fmt.monthYear(nextReview), "asOf", fmt.longDate(site.built))}</#macro>
<p class="next-review<#if reviewOverdue> overdue</#if>"><#if reviewOverdue><@layout.only "online"><@reviewLine "overdue"/></@layout.only><@layout.only "offline"><@reviewLine "overdueAsOf"/></@layout.only><#else><@reviewLine "due"/></#if></p>
</#if>
<#assign origin = article.meta.provenance>
<#if origin.translationStatus??>
<p class="provenance">${msg("article.translatedFrom", "language", site.sourceLocale.nameIn(locale), "date", fmt.monthYear(meta.updated))}<#if origin.translatedBy??> ${msg("article.translatedBy", "translator", origin.translatedBy)}</#if>
${msg("translation.status." + origin.translationStatus)}</p>
</#if>
<p><a href="#main">${msg("article.backToTop")}</a></p>
<@layout.printEnd/>
</footer>
</article>
</@layout.document>
