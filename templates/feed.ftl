<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${config.site_title}</title>
  <link href="${config.site_host}feed.xml" rel="self"/>
  <link href="${config.site_host}"/>
  <id>${config.site_host}</id>
<#if published_posts?has_content>
  <updated>${(published_posts?sort_by("date")?last).date?string("yyyy-MM-dd'T'00:00:00'Z'")}</updated>
  <author><name>${published_posts[0].siteModel.author}</name></author>
  <#list published_posts?sort_by("date")?reverse as post>
  <entry>
    <title>${post.title}</title>
    <link href="${config.site_host}${post.uri}"/>
    <id>${config.site_host}${post.uri}</id>
    <updated>${post.date?string("yyyy-MM-dd'T'00:00:00'Z'")}</updated>
    <summary>${post.summary}</summary>
  </entry>
  </#list>
<#else>
  <updated>2024-01-01T00:00:00Z</updated>
  <author><name>${config.site_title}</name></author>
</#if>
</feed>
