<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<#assign model = content.siteModel>
<@layout.page math=content.body?contains("<math") siteModel=content.siteModel mode=content.buildMode title=content.title description=content.summary root=root canonical=content.uri>
<main id="main" class="series-page">
  <header class="series-header">
    <p class="kicker">Series</p>
    <h1>${content.title}</h1>
  </header>
  <div class="series-intro">${content.body?no_esc}</div>
  <#list model.series as s><#if s.id == content.seriesId>
  <ol class="article-list">
    <#list s.articles as a>
    <li class="article-card">
      <p class="card-kicker">Part ${a.position} · ${a.readingTime} min read · ${a.figures} figure<#if a.figures != 1>s</#if></p>
      <h2><a href="${root}${a.uri}">${a.title}</a></h2>
      <p>${a.summary}</p>
    </li>
    </#list>
  </ol>
  </#if></#list>
</main>
</@layout.page>
