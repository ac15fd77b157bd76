<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<@layout.page math=(content.body?contains("class=\"katex") || content.body?contains("<svg")) siteModel=content.siteModel mode=content.buildMode title=content.title description=content.summary!content.title root=root canonical=content.uri>
<main id="main" class="page">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
<#if (content.layout!"") == "search">
  <#-- The search page: the form works without JavaScript (it reloads this page with ?q=), and the
       list of every article below is the fallback; site.js searches search-index.json in place. -->
  <form class="search-form" role="search" action="${root}search.html" method="get" data-search-index="${root}search-index.json">
    <label class="visually-hidden" for="search-q">Words to search for</label>
    <input id="search-q" type="search" name="q" placeholder="e.g. gradient, peephole, hypersphere" autocomplete="off">
    <button type="submit">Search</button>
  </form>
  <p class="search-status" role="status" aria-live="polite"></p>
  <ol class="search-results" hidden></ol>
  <p class="no-js-note">Searching needs JavaScript, which is off or still loading. Every article is listed below;
  your browser’s find-in-page (Ctrl+F or ⌘F) searches each one.</p>
  <section class="all-articles" aria-labelledby="all-articles-title">
    <h2 id="all-articles-title">All articles</h2>
    <#list content.siteModel.series as s>
    <h3>${s.title}</h3>
    <ol class="article-list">
      <#list s.articles as a>
      <li class="article-card">
        <p class="card-kicker">Part ${a.position} · ${a.readingTime} min read</p>
        <h4 class="card-title"><a href="${root}${a.uri}">${a.title}</a></h4>
        <p>${a.summary}</p>
      </li>
      </#list>
    </ol>
    </#list>
  </section>
</#if>
</main>
</@layout.page>
