<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#-- The 404 page is served at any depth: links are absolute from the site root. -->
<@layout.page siteModel=content.siteModel mode=content.buildMode title=content.title description=content.summary!content.title root="/">
<main id="main" class="page">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
</main>
</@layout.page>
