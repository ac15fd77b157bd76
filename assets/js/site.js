// Illustrated ML's script (search: js/search.js). The pages work without it; it adds the theme
// toggle, side notes, the current section in the contents, figures that scroll and enlarge, and
// the figures' data tables when their panel opens.
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

  // Side notes: a copy of each footnote beside the paragraph citing it, made (and shown by CSS)
  // only where the margin is wide enough.
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

  // A box that overflows sideways (formula, table, figure) is a keyboard stop; a figure's shows shadows
  // where it has more. A ResizeObserver measures a box (and its content: fonts arrive) after layout;
  // boxes not laid out yet (content-visibility) are measured in idle time after load: no long task.
  function scrollBoxes() {
    var sel = '.equation-body, .table-scroll, .figure-scroll';
    var boxes = $$(sel);
    var measure = function (b) {
      if (!b.offsetWidth) { return; } // the hidden one of a figure's two renderings (wide, narrow)
      var max = b.scrollWidth - b.clientWidth;
      if (max > 0) { b.setAttribute('tabindex', '0'); } else { b.removeAttribute('tabindex'); }
      if (b.classList.contains('figure-scroll')) {
        b.parentNode.classList.toggle('more-left', b.scrollLeft > 1);
        b.parentNode.classList.toggle('more-right', max - b.scrollLeft > 1);
      }
    };
    $$('.figure-scroll').forEach(function (b) {
      b.addEventListener('scroll', function () { measure(b); }, { passive: true });
    });
    if (!('ResizeObserver' in window)) { boxes.forEach(measure); return; }
    var ro = new ResizeObserver(function (entries) {
      entries.forEach(function (en) { var b = en.target.closest(sel); if (b) { measure(b); } }); // not a drawing enlarged
    });
    boxes.forEach(function (b) {
      ro.observe(b);
      if (b.firstElementChild) { ro.observe(b.firstElementChild); }
    });
    var idle = window.requestIdleCallback || function (f) { setTimeout(f, 50, { timeRemaining: function () { return 9; } }); };
    var i = 0;
    var step = function (deadline) {
      while (i < boxes.length && deadline.timeRemaining() > 1) { measure(boxes[i++]); }
      if (i < boxes.length) { idle(step); }
    };
    window.addEventListener('load', function () { idle(step); });
  }

  // "Enlarge" moves the figure's SVG (the visible rendering) into a full-screen dialog and back on
  // close (one copy, ids intact): drag, touch, arrows pan; +/-, pinch, wheel zoom (the viewBox).
  function figureZoom() {
    if (!window.HTMLDialogElement) { return; }
    $$('.figure-media').forEach(function (media) {
      var svgs = $$('.figure-scroll > svg', media).filter(function (s) { return s.viewBox && s.viewBox.baseVal; });
      if (!svgs.length) { return; }
      var button = make('button', 'figure-enlarge', 'Enlarge');
      button.type = 'button';
      var title = $('title', svgs[0]);
      button.setAttribute('aria-label', 'Enlarge figure' + (title ? ': ' + title.textContent : ''));
      button.setAttribute('aria-haspopup', 'dialog');
      media.parentNode.insertBefore(button, media.nextSibling);
      var shown = function () {
        return svgs.filter(function (s) { return s.parentNode.offsetWidth > 0; })[0] || svgs[0];
      };
      button.addEventListener('click', function () { openZoom(shown(), button); });
      svgs.forEach(function (svg) {
        svg.addEventListener('click', function () { if (svg.closest('.figure-scroll')) { openZoom(svg, button); } });
      });
    });
  }
  function openZoom(svg, button) {
    var box = svg.parentNode;
    var home = svg.getAttribute('viewBox');
    var b = svg.viewBox.baseVal;
    var v0 = { x: b.x, y: b.y, w: b.width, h: b.height };
    var v = { x: v0.x, y: v0.y, w: v0.w, h: v0.h };
    var dialog = make('dialog', 'figure-zoom');
    dialog.setAttribute('aria-label', 'Enlarged figure');
    var bar = make('div', 'figure-zoom-bar');
    bar.appendChild(make('p', '', 'Drag or use the arrow keys to pan; + and − (or pinch, wheel) to zoom.'));
    var view = make('div', 'figure-zoom-view');
    view.tabIndex = 0;
    view.setAttribute('aria-label', 'Figure: arrow keys pan, + and − zoom, 0 resets');
    var buttons = [['−', 'Zoom out', function () { zoom(1.25); }], ['+', 'Zoom in', function () { zoom(0.8); }],
      ['Reset', 'Reset the view', function () { set(v0.x, v0.y, v0.w); }], ['Close', 'Close the enlarged figure', function () { dialog.close(); }]];
    buttons.forEach(function (d) {
      var bt = make('button', '', d[0]);
      bt.type = 'button';
      bt.setAttribute('aria-label', d[1]);
      bt.addEventListener('click', d[2]);
      bar.appendChild(bt);
    });
    dialog.appendChild(bar);
    dialog.appendChild(view);
    document.body.appendChild(dialog);
    box.style.height = box.offsetHeight + 'px'; // the page behind keeps its layout (CSSOM: allowed by the CSP)
    view.appendChild(svg);
    function set(x, y, w) {
      w = Math.max(v0.w / 12, Math.min(v0.w * 1.5, w));
      var h = w * v0.h / v0.w;
      v.x = Math.max(v0.x - w / 2, Math.min(v0.x + v0.w - w / 2, x));
      v.y = Math.max(v0.y - h / 2, Math.min(v0.y + v0.h - h / 2, y));
      v.w = w;
      v.h = h;
      svg.setAttribute('viewBox', [v.x, v.y, v.w, v.h].map(function (n) { return +n.toFixed(2); }).join(' '));
    }
    // the point of the drawing under client point (cx, cy), with preserveAspectRatio "xMidYMid meet"
    function toDrawing(cx, cy) {
      var r = view.getBoundingClientRect();
      var s = Math.min(r.width / v.w, r.height / v.h);
      return { x: v.x + (cx - r.left - (r.width - v.w * s) / 2) / s, y: v.y + (cy - r.top - (r.height - v.h * s) / 2) / s, s: s };
    }
    function zoom(f, cx, cy) {
      var r = view.getBoundingClientRect();
      var p = toDrawing(cx === undefined ? r.left + r.width / 2 : cx, cy === undefined ? r.top + r.height / 2 : cy);
      set(p.x - (p.x - v.x) * f, p.y - (p.y - v.y) * f, v.w * f);
    }
    function pan(dx, dy) { var s = toDrawing(0, 0).s; set(v.x - dx / s, v.y - dy / s, v.w); }
    view.addEventListener('keydown', function (e) {
      var step = 40;
      var keys = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
      if (keys[e.key]) { pan(keys[e.key][0], keys[e.key][1]); } else if (e.key === '+' || e.key === '=') { zoom(0.8); } else if (e.key === '-' || e.key === '_') { zoom(1.25); } else if (e.key === '0') { set(v0.x, v0.y, v0.w); } else { return; }
      e.preventDefault();
    });
    view.addEventListener('wheel', function (e) { e.preventDefault(); zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, e.clientX, e.clientY); }, { passive: false });
    var pointers = {};
    var spread = 0;
    function gap() {
      var p = Object.keys(pointers).map(function (k) { return pointers[k]; });
      return p.length < 2 ? 0 : Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y);
    }
    view.addEventListener('pointerdown', function (e) {
      view.setPointerCapture(e.pointerId);
      pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
      spread = gap();
    });
    view.addEventListener('pointermove', function (e) {
      var p = pointers[e.pointerId];
      if (!p) { return; }
      var n = Object.keys(pointers).length;
      if (n === 1) { pan(e.clientX - p.x, e.clientY - p.y); }
      p.x = e.clientX;
      p.y = e.clientY;
      if (n === 2) {
        var g = gap();
        var q = Object.keys(pointers).map(function (k) { return pointers[k]; });
        if (spread > 0 && g > 0) { zoom(spread / g, (q[0].x + q[1].x) / 2, (q[0].y + q[1].y) / 2); }
        spread = g;
      }
    });
    var lift = function (e) { delete pointers[e.pointerId]; spread = gap(); };
    view.addEventListener('pointerup', lift);
    view.addEventListener('pointercancel', lift);
    dialog.addEventListener('close', function () {
      svg.setAttribute('viewBox', home);
      box.appendChild(svg);
      box.removeAttribute('style');
      dialog.remove();
      button.focus();
    });
    dialog.showModal();
    view.focus();
  }

  // A figure's data table (on its data page, the panel's link) is fetched into the panel when it
  // first opens; focus stays on the summary; a failure says so, with the link.
  function dataTables() {
    $$('details.figure-data[data-table]').forEach(function (d) {
      var url = d.getAttribute('data-table');
      var link = $('.figure-data-link', d);
      var load = function () {
        if (!d.open) { return; }
        d.removeEventListener('toggle', load);
        d.setAttribute('aria-busy', 'true');
        fetch(url).then(function (r) {
          if (!r.ok) { throw new Error('HTTP ' + r.status); }
          return r.text();
        }).then(function (html) {
          var box = $('.table-scroll', new DOMParser().parseFromString(html, 'text/html'));
          if (!box || !$('table', box)) { throw new Error('no table'); }
          box = document.importNode(box, true);
          var num = $('.figure-number', d.closest('figure') || d);
          $('table', box).createCaption().textContent = 'Data of ' + (num ? num.textContent.replace(/\.$/, '') : 'the figure');
          link.parentNode.insertBefore(box, link.nextSibling);
          if (box.scrollWidth > box.clientWidth) { box.setAttribute('tabindex', '0'); }
        }).catch(function () {
          var p = make('p', 'figure-data-error', 'The table could not be loaded here: ');
          var a = make('a', '', 'open the table of the data');
          a.href = url;
          p.appendChild(a);
          link.parentNode.insertBefore(p, link.nextSibling);
        }).then(function () { d.removeAttribute('aria-busy'); });
      };
      d.addEventListener('toggle', load);
    });
  }

  function start() {
    themeToggle();
    sideNotes();
    tocTracking();
    scrollBoxes();
    figureZoom();
    dataTables();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
