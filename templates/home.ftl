<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<#assign model = content.siteModel>
<@layout.page math=content.body?contains("<math") siteModel=content.siteModel mode=content.buildMode title=model.title description=content.summary root=root canonical="">
<main id="main" class="home">
  <header class="home-header">
    <h1>${content.title}</h1>
    <div class="home-intro">${content.body?no_esc}</div>
  </header>
  <#list model.series as s>
  <section class="home-series" aria-labelledby="series-${s.id}">
    <h2 id="series-${s.id}"><a href="${root}${s.uri}">${s.title}</a></h2>
    <p class="series-summary">${s.summary}</p>
    <ol class="article-list">
      <#list s.articles as a>
      <li class="article-card">
        <p class="card-kicker">Part ${a.position} · ${a.readingTime} min read · ${a.figures} figure<#if a.figures != 1>s</#if></p>
        <h3><a href="${root}${a.uri}">${a.title}</a></h3>
        <p>${a.summary}</p>
      </li>
      </#list>
    </ol>
  </section>
  </#list>
</main>
</@layout.page>
