(function () {
  var root = document.documentElement, modes = { large: 'largeText', contrast: 'highContrast' }, clicks = [], loading;
  function saved(key, on) {
    try {
      if (on === undefined) return localStorage.getItem('reading-' + key) === '1';
      if (on) localStorage.setItem('reading-' + key, '1'); else localStorage.removeItem('reading-' + key);
    } catch (e) {}
    return on;
  }
  function apply(key, on) {
    if (on) root.dataset[modes[key]] = ''; else delete root.dataset[modes[key]];
    document.querySelectorAll('[data-reading-toggle="' + key + '"]').forEach(function (b) { b.setAttribute('aria-pressed', String(on)); });
  }
  function applyAll() { for (var key in modes) apply(key, saved(key)); }
  function cite(event) {
    var b = event.target instanceof Element && event.target.closest('.cite-button'), t = document.querySelector('template[data-cite-module]'), s = t && t.content.querySelector('script');
    if (s && !loading && (b || event.type == 'selectionchange' && !getSelection().isCollapsed)) {
      loading = import(s.getAttribute('src')).then(function () {
        var c = clicks;
        clicks = 0;
        c.forEach(function (b) { b.click(); });
      }, function () { loading = 0; });
    }
    return b;
  }
  // the printout's colophon (Base.astro) says when it was printed: the day the page is open, renewed before printing
  function printDate() {
    var d = new Date();
    document.querySelectorAll('[data-print-date]').forEach(function (e) { e.textContent = d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日'; });
  }
  root.dataset.js = '';
  document.addEventListener('DOMContentLoaded', printDate);
  window.addEventListener('beforeprint', printDate);
  applyAll();
  document.addEventListener('DOMContentLoaded', applyAll);
  window.addEventListener('storage', applyAll);
  ['pointerdown', 'focusin', 'selectionchange'].forEach(function (type) { document.addEventListener(type, cite); });
  document.addEventListener('click', function (event) {
    var b = event.target instanceof Element && event.target.closest('[data-reading-toggle]'), key = b && b.getAttribute('data-reading-toggle'), c = cite(event);
    if (key in modes) apply(key, saved(key, b.getAttribute('aria-pressed') !== 'true'));
    if (c && c.hasAttribute('data-print')) print(); else if (c && clicks) clicks.push(c);
  });
})();
