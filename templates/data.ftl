<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#-- A figure's data page (figures/<id>.html, made by the generator's DataPage): its description,
     the table of its data, its files and the way back. site.js fetches the table from here into the
     figure's panel; the page itself needs no JavaScript. -->
<#assign root = content.rootpath>
<@layout.page siteModel=content.siteModel mode=content.buildMode title=content.title description=content.summary root=root canonical=content.uri>
<main id="main" class="page data-page">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
</main>
</@layout.page>
