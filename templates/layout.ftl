<#ftl output_format="HTML">
<#-- The one page frame of the site. Everything printed is HTML-escaped unless marked ?no_esc. -->
<#macro page title description root siteModel type="website" bodyClass="" canonical="" mode="publish" math=false script="">
<#assign model = siteModel>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<title>${title}</title>
<meta name="description" content="${description}">
<meta name="color-scheme" content="light dark">
<#if canonical?has_content><link rel="canonical" href="${config.site_host}${canonical}"></#if>
<meta property="og:title" content="${title}">
<meta property="og:type" content="${type}">
<meta property="og:description" content="${description}">
<link rel="preload" href="${root}katex/fonts/KaTeX_Main-Regular.woff2" as="font" type="font/woff2" crossorigin>
<#if math>
<#-- a wide screen shows formulas in its first screen; a phone shows the title and the contents there and
     fetches the math font when the first formula comes near: the preload would only slow its first paint -->
<link rel="preload" href="${root}fonts/im-math.woff2" as="font" type="font/woff2" crossorigin media="(min-width: 64rem)">
</#if>
<link rel="stylesheet" href="${root}css/site.css">
<link rel="stylesheet" href="${root}css/generated.css">
<link rel="alternate" type="application/atom+xml" title="${model.title}" href="${root}feed.xml">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<script src="${root}js/site.js" defer></script>
<#if script?has_content><script src="${root}js/${script}" defer></script></#if>
<#if mode == "preview"><script src="/__preview/reload.js" defer></script></#if>
</head>
<body class="${bodyClass}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="site-header-inner">
    <a class="site-title" href="${root}index.html">${model.title}</a>
    <nav aria-label="Series">
      <ul class="site-nav">
      <#list model.series as s>
        <li><a href="${root}${s.uri}">${s.title}</a></li>
      </#list>
      </ul>
    </nav>
    <div class="header-tools">
      <form class="site-search" role="search" action="${root}search.html" method="get">
        <label class="visually-hidden" for="site-search-q">Search the articles</label>
        <input id="site-search-q" type="search" name="q" placeholder="Search articles" autocomplete="off">
        <button type="submit">Search</button>
      </form>
      <button class="theme-toggle" type="button" aria-label="Dark mode" aria-pressed="false" hidden>
        <span class="theme-toggle-icon" aria-hidden="true"></span>
      </button>
    </div>
  </div>
</header>
<#nested>
<footer class="site-footer">
  <p>${model.title}: every chart on this site is computed when the site is built (ND4J, JFreeChart, KaTeX, JBake).
  <a href="${root}feed.xml">Atom feed</a> · <a href="${root}sitemap.xml">Sitemap</a></p>
</footer>
</body>
</html>
</#macro>
