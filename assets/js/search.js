// Search in place over search-index.json; only the search page loads it.
(function () {
  'use strict';
  function $(sel, el) { return (el || document).querySelector(sel); }
  function $$(sel, el) { return Array.prototype.slice.call((el || document).querySelectorAll(sel)); }
  function make(tag, cls, text) {
    var e = document.createElement(tag); if (cls) { e.className = cls; } if (text) { e.textContent = text; } return e;
  }

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
    $$('.no-js-note, .no-js-only').forEach(function (n) { n.hidden = true; });
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
      $$('.no-js-note, .no-js-only').forEach(function (n) { n.hidden = false; });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', searchPage);
  } else {
    searchPage();
  }
}());
