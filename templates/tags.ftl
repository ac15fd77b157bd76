<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = "../">
<#assign model = published_posts[0].siteModel>
<@layout.page siteModel=published_posts[0].siteModel mode=published_posts[0].buildMode title="Tag: " + tag description="Articles tagged " + tag root=root>
<main id="main" class="page">
  <h1>Articles tagged “${tag}”</h1>
  <ul class="article-list">
  <#list tag_posts as p>
    <li class="article-card"><h2><a href="${root}${p.uri}">${p.title}</a></h2><p>${p.summary}</p></li>
  </#list>
  </ul>
</main>
</@layout.page>
