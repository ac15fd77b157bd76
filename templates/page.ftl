<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page siteModel=content.siteModel mode=content.buildMode title=content.title description=content.summary!content.title root=content.rootpath>
<main id="main" class="page">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
</main>
</@layout.page>
