// Illustrated ML: the site's only script, no framework. Everything works without it; it adds
// the dark-mode toggle, side notes on wide screens, the current section in the contents, and
// search in place on the search page (over search-index.json, made at build time).
(function () {
  'use strict';
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch (e) { /* storage may be blocked */ }
  if (stored === 'dark' || stored === 'light') { root.setAttribute('data-theme', stored); }

  function $(sel, el) { return (el || document).querySelector(sel); }
  function $$(sel, el) { return Array.prototype.slice.call((el || document).querySelectorAll(sel)); }
  function make(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }

  function themeToggle() {
    var button = $('.theme-toggle');
    if (!button) { return; }
    button.hidden = false;
    var isDark = function () {
      var t = root.getAttribute('data-theme');
      return t ? t === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    };
    var label = function () { button.setAttribute('aria-pressed', isDark() ? 'true' : 'false'); };
    label();
    button.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('theme', next); } catch (e) { /* ignore */ }
      label();
    });
  }

  // Footnotes become side notes: a copy of each note goes beside the paragraph that cites it;
  // CSS shows the copies (and hides the list) only where the margin is wide enough.
  // They are made only once the screen is wide enough: phones do no work for them.
  function sideNotes() {
    var body = $('.article-body');
    var wide = window.matchMedia('screen and (min-width: 88rem)');
    if (!body || !$('a.footnote-ref', body)) { return; }
    var build = function () {
      if (!wide.matches) { return; }
      wide.removeEventListener('change', build);
      makeSideNotes(body);
    };
    wide.addEventListener('change', build);
    build();
  }
  function makeSideNotes(body) {
    var refs = $$('a.footnote-ref', body);
    refs.forEach(function (ref) {
      var id = decodeURIComponent(ref.getAttribute('href').slice(1));
      var li = document.getElementById(id);
      if (!li || li.getAttribute('data-sidenote')) { return; }
      li.setAttribute('data-sidenote', '1');
      var block = ref;
      while (block.parentNode && block.parentNode !== body) { block = block.parentNode; }
      if (block.parentNode !== body) { return; }
      var note = make('div', 'sidenote');
      note.setAttribute('role', 'note');
      note.id = 'side-' + id;
      note.appendChild(make('span', 'sidenote-number', ref.textContent + '.'));
      $$(':scope > *', li).forEach(function (child) {
        if (child.classList.contains('footnote-backref')) { return; }
        var copy = child.cloneNode(true);
        $$('.footnote-backref', copy).forEach(function (b) { b.remove(); });
        $$('[id]', copy).forEach(function (e) { e.removeAttribute('id'); });
        note.appendChild(copy);
        note.appendChild(document.createTextNode(' '));
      });
      body.insertBefore(note, block);
      ref.addEventListener('click', function (ev) {
        if (getComputedStyle(note).display === 'none') { return; }
        ev.preventDefault();
        note.setAttribute('tabindex', '-1');
        note.focus();
      });
    });
    $$('.footnotes', body).forEach(function (f) { f.classList.add('has-sidenotes'); });
  }

  // The section being read is marked in the table of contents.
  function tocTracking() {
    var links = $$('.toc a[href^="#"]');
    if (!links.length) { return; }
    var byId = {};
    links.forEach(function (a) { byId[decodeURIComponent(a.getAttribute('href').slice(1))] = a; });
    var heads = $$('.article-body h2[id], .article-body h3[id]').filter(function (h) { return byId[h.id]; });
    var current = null;
    var mark = function () {
      var best = null;
      heads.forEach(function (h) { if (h.getBoundingClientRect().top < window.innerHeight * 0.3) { best = h; } });
      var link = best ? byId[best.id] : null;
      if (link === current) { return; }
      if (current) { current.removeAttribute('aria-current'); }
      if (link) { link.setAttribute('aria-current', 'true'); }
      current = link;
    };
    // measured once per frame while the page scrolls: an IntersectionObserver alone misses a jump
    // (Home key, "back to top") over headings that were all outside the viewport already
    var queued = false;
    var later = function () {
      if (queued) { return; }
      queued = true;
      requestAnimationFrame(function () { queued = false; mark(); });
    };
    addEventListener('scroll', later, { passive: true });
    addEventListener('hashchange', later);
    later();
  }

  // Formulas and tables that scroll sideways on a narrow screen can be scrolled with the keyboard.
  // (A ResizeObserver reports after layout, so measuring forces no extra layout.)
  function scrollers() {
    if (!('ResizeObserver' in window)) { return; }
    var check = function (e) {
      if (e.scrollWidth > e.clientWidth) { e.setAttribute('tabindex', '0'); } else { e.removeAttribute('tabindex'); }
    };
    var ro = new ResizeObserver(function (entries) { entries.forEach(function (en) { check(en.target); }); });
    var all = $$('.equation-body, .table-scroll');
    all.forEach(function (e) { ro.observe(e); });
    // a formula grows without its box resizing when the math fonts arrive: measure again then
    var again = function () { requestAnimationFrame(function () { all.forEach(check); }); };
    if (document.fonts && document.fonts.ready) { document.fonts.ready.then(again); }
    window.addEventListener('load', again);
  }

  // ---- search ----
  function words(q) {
    return q.toLowerCase().split(/[\s,;:.!?()"“”'’]+/).filter(function (w) { return w.length > 1; });
  }
  function highlight(el, text, terms) {
    var low = text.toLowerCase();
    var pos = 0;
    while (pos < text.length) {
      var best = -1;
      var len = 0;
      terms.forEach(function (t) {
        var i = low.indexOf(t, pos);
        if (i >= 0 && (best < 0 || i < best)) { best = i; len = t.length; }
      });
      if (best < 0) { break; }
      el.appendChild(document.createTextNode(text.slice(pos, best)));
      el.appendChild(make('mark', '', text.slice(best, best + len)));
      pos = best + len;
    }
    el.appendChild(document.createTextNode(text.slice(pos)));
  }
  function snippet(text, low, term) {
    var i = low.indexOf(term);
    if (i < 0 || i >= text.length) { i = 0; term = ''; }
    var start = Math.max(0, i - 70);
    var end = Math.min(text.length, i + term.length + 110);
    if (start > 0) { start = text.indexOf(' ', start) + 1 || start; }
    if (end < text.length) { var sp = text.lastIndexOf(' ', end); if (sp > i) { end = sp; } }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }
  function count(low, term) {
    var n = 0;
    var i = low.indexOf(term);
    while (i >= 0) { n++; i = low.indexOf(term, i + term.length); }
    return n;
  }
  function search(index, terms) {
    var results = [];
    index.forEach(function (a) {
      var score = 0;
      var all = true;
      terms.forEach(function (t) {
        var n = count(a.low, t);
        if (!n) { all = false; }
        score += n + 10 * count(a.title.toLowerCase(), t);
      });
      if (!all) { return; }
      var hits = a.sections.filter(function (s) {
        return terms.some(function (t) { return s.low.indexOf(t) >= 0; });
      }).slice(0, 3);
      results.push({ a: a, score: score, hits: hits });
    });
    results.sort(function (x, y) { return y.score - x.score || (x.a.title < y.a.title ? -1 : 1); });
    return results;
  }
  function searchPage() {
    var form = $('form[data-search-index]');
    if (!form) { return; }
    var input = $('input[name="q"]', form);
    var list = $('.search-results');
    var status = $('.search-status');
    var all = $('.all-articles');
    var base = form.getAttribute('data-search-index').replace(/search-index\.json$/, '');
    $$('.no-js-note').forEach(function (n) { n.hidden = true; });
    var index = null;
    var q0 = new URLSearchParams(location.search).get('q') || '';
    input.value = q0;
    var header = $('#site-search-q');
    if (header) { header.value = q0; }
    var render = function () {
      var q = input.value.trim();
      var terms = words(q);
      list.textContent = '';
      if (!terms.length) {
        list.hidden = true;
        all.hidden = false;
        status.textContent = q ? 'Type a word of two letters or more.' : '';
        return;
      }
      if (!index) { status.textContent = 'Loading the index…'; return; }
      var res = search(index, terms);
      status.textContent = res.length === 0 ? 'No article contains all of: ' + terms.join(', ') + '.'
        : res.length + (res.length === 1 ? ' article matches' : ' articles match') + ' “' + q + '”.';
      res.forEach(function (r) {
        var li = make('li');
        var h = make('h2');
        var a = make('a');
        highlight(a, r.a.title, terms);
        a.href = base + r.a.uri;
        h.appendChild(a);
        li.appendChild(h);
        li.appendChild(make('p', 'card-kicker', r.a.minutes + ' min read · ' + r.a.summary));
        r.hits.forEach(function (s) {
          var p = make('p', 'hit');
          if (s.heading) {
            var sa = make('a');
            highlight(sa, s.heading, terms);
            sa.href = base + r.a.uri + (s.id ? '#' + s.id : '');
            p.appendChild(sa);
            p.appendChild(document.createTextNode(' · '));
          }
          var t = terms.filter(function (x) { return s.low.indexOf(x) >= 0; })[0];
          highlight(p, snippet(s.text, s.low, t), terms);
          li.appendChild(p);
        });
        list.appendChild(li);
      });
      list.hidden = res.length === 0;
      all.hidden = res.length > 0;
    };
    var timer = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var u = new URL(location.href);
        if (input.value.trim()) { u.searchParams.set('q', input.value.trim()); } else { u.searchParams.delete('q'); }
        history.replaceState(null, '', u.toString());
        render();
      }, 120);
    });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); render(); });
    render();
    fetch(form.getAttribute('data-search-index')).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (data) {
      data.forEach(function (a) {
        a.sections.forEach(function (s) { s.low = s.text.toLowerCase() + ' ' + s.heading.toLowerCase(); });
        a.low = [a.title, a.summary, a.tags].concat(a.sections.map(function (s) { return s.low; })).join(' ').toLowerCase();
      });
      index = data;
      render();
    }).catch(function () {
      status.textContent = 'The search index could not be loaded; every article is listed below.';
      $$('.no-js-note').forEach(function (n) { n.hidden = false; });
    });
  }

  function start() {
    themeToggle();
    sideNotes();
    tocTracking();
    scrollers();
    searchPage();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
