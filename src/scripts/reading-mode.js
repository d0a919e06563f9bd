(function () {
  var root = document.documentElement, modes = { large: 'largeText', contrast: 'highContrast' };
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
  root.dataset.js = '';
  applyAll();
  document.addEventListener('DOMContentLoaded', applyAll);
  window.addEventListener('storage', applyAll);
  document.addEventListener('click', function (event) {
    var b = event.target instanceof Element && event.target.closest('[data-reading-toggle]'), key = b && b.getAttribute('data-reading-toggle');
    if (key in modes) apply(key, saved(key, b.getAttribute('aria-pressed') !== 'true'));
  });
})();
