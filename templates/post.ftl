<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath>
<@layout.page math=content.body?contains("<math") siteModel=content.siteModel mode=content.buildMode title=content.title + " · " + content.seriesTitle description=content.summary root=root type="article" canonical=content.uri>
<div class="article-layout">
<main id="main" class="article">
  <article class="article-grid">
    <header class="article-header">
      <p class="article-series"><a href="${root}${content.seriesUri}">${content.seriesTitle}</a> · part ${content.seriesPosition} of ${content.seriesLength}</p>
      <h1>${content.title}</h1>
      <p class="article-meta">
        <time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("d MMMM yyyy")}</time>
        · ${content.readingTime} min read · ${content.figureCount} figure<#if content.figureCount != "1">s</#if>
      </p>
      <#if content.tags?? && content.tags?has_content>
      <ul class="tags" aria-label="Tags">
        <#list content.tags as tag><li><a href="${root}tags/${tag?replace(" ", "-")}.html">${tag}</a></li></#list>
      </ul>
      </#if>
    </header>
<#-- the contents come after the title in the document (phones read them in that order); from 64rem
     the grid moves them into the left column -->
<#if content.toc?has_content>
    <nav class="toc" aria-label="Table of contents">
      <h2 class="toc-title">Contents</h2>
      ${content.toc?no_esc}
    </nav>
</#if>
    <div class="article-body">
${content.body?no_esc}
    </div>
    <footer class="article-footer">
      <section class="cite-as" aria-labelledby="cite-as-title">
        <h2 id="cite-as-title">Cite as</h2>
        <p class="citation-text">${content.siteModel.author} (${content.date?string("yyyy")}). “${content.title}”. <i>${content.seriesTitle}</i>, part ${content.seriesPosition}. ${config.site_host}${content.uri}</p>
      </section>
      <#-- never empty: the first article points back to its series, the last one on to the other series -->
      <nav class="series-nav" aria-label="Series navigation">
        <#if content.prevUri??><a class="prev" rel="prev" href="${root}${content.prevUri}"><span>Previous</span> ${content.prevTitle}</a>
        <#else><a class="prev" href="${root}${content.seriesUri}"><span>This series</span> ${content.seriesTitle}</a></#if>
        <#if content.nextUri??><a class="next" rel="next" href="${root}${content.nextUri}"><span>Next</span> ${content.nextTitle}</a>
        <#else><#list content.siteModel.series as s><#if s.uri != content.seriesUri && s.articles?has_content && !shownOther??><#assign shownOther = true>
        <a class="next other-series" href="${root}${s.articles[0].uri}"><span>Another series: ${s.title}</span> ${s.articles[0].title}</a></#if></#list></#if>
      </nav>
    </footer>
  </article>
</main>
</div>
</@layout.page>
