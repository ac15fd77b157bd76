<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content?sort_by("uri") as c><#if c.type != "notfound">
  <url><loc>${config.site_host}<#if c.uri != "index.html">${c.uri}</#if></loc><#if c.date??><lastmod>${c.date?string("yyyy-MM-dd")}</lastmod></#if></url>
</#if></#list>
</urlset>
