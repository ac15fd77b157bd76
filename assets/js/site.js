// Illustrated ML: theme toggle. The site works without JavaScript; this only adds the toggle.
(function () {
  'use strict';
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch (e) { /* storage may be blocked */ }
  if (stored === 'dark' || stored === 'light') { root.setAttribute('data-theme', stored); }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('.theme-toggle');
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
  });
}());
