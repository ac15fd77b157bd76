<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<@layout.page script=((content.layout!"") == "search")?then("search.js", "") math=content.body?contains("<math") siteModel=content.siteModel mode=content.buildMode title=content.title description=content.summary!content.title root=root canonical=content.uri>
<main id="main" class="page">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
<#if (content.layout!"") == "search">
  <#-- The search page. js/search.js searches search-index.json in place and reads the words from ?q=.
       Without JavaScript a static page cannot read them (they stay in the address bar): the page says
       so, and lists every article with its sections, so that the browser's find in page (Ctrl+F)
       searches every article's title, summary and headings at once, each a link into the article.
       The section lists are for that case only: search.js hides them (.no-js-only) when it runs. -->
  <form class="search-form" role="search" action="${root}search.html" method="get" data-search-index="${root}search-index.json">
    <label class="visually-hidden" for="search-q">Words to search for</label>
    <input id="search-q" type="search" name="q" placeholder="e.g. gradient, peephole, hypersphere" autocomplete="off">
    <button type="submit">Search</button>
  </form>
  <p class="search-status" role="status" aria-live="polite"></p>
  <ol class="search-results" hidden></ol>
  <p class="no-js-note">Searching needs JavaScript, which is off or still loading, so the words you searched for
  (after <code>?q=</code> in the address bar) cannot be looked up on this page. Every article is listed below with
  its sections: your browser’s find in page (Ctrl+F or ⌘F) searches the whole list at once.</p>
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
        <#if a.sections?has_content>
        <ol class="card-sections no-js-only" aria-label="Sections of ${a.title}">
          <#list a.sections as sec>
          <li<#if sec.level == 3> class="sub"</#if>><a href="${root}${a.uri}#${sec.id}">${sec.title}</a></li>
          </#list>
        </ol>
        </#if>
      </li>
      </#list>
    </ol>
    </#list>
  </section>
</#if>
</main>
</@layout.page>
