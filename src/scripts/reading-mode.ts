// The inline script of every page (ReadingModeScript.astro; astro.config.mjs strips the types, minifies it and hashes
// it for the CSP). Plain functions, and 0 for "no longer", because it is sent inline on every page: each byte
// counts. The types below are erased and add none.
type Mode = 'large' | 'contrast';
/** A module being imported on first use, 0 after it failed (so that the next use tries again), unset before. */
type Loading = Promise<unknown> | null | undefined | 0;

(function () {
  const root = document.documentElement,
    modes: Record<Mode, string> = { large: 'largeText', contrast: 'highContrast' },
    synth = window.speechSynthesis,
    connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection,
    sw = navigator.serviceWorker,
    // the page came from the service worker: a later controller is a new version of the site (reload onto it)
    controlled = sw && sw.controller;
  // clicks on cite buttons while the cite tools load, replayed once they are in; 0 after
  let clicks: HTMLElement[] | 0 = [],
    loading: Loading,
    speech: Loading,
    searching: Loading;
  function saved(key: string, on?: boolean): boolean | undefined {
    try {
      if (on === undefined) return localStorage.getItem('reading-' + key) === '1';
      if (on) localStorage.setItem('reading-' + key, '1');
      else localStorage.removeItem('reading-' + key);
    } catch {
      // storage blocked: the choice then lasts for this page only
    }
    return on;
  }
  function apply(key: Mode, on: boolean | undefined) {
    if (on) root.dataset[modes[key]] = '';
    else delete root.dataset[modes[key]];
    document.querySelectorAll('[data-reading-toggle="' + key + '"]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(on));
    });
  }
  function applyAll() {
    for (const key in modes) apply(key as Mode, saved(key));
  }
  // a module left in an inert <template data-NAME-module> (CiteToolsModule.astro, ReadAloudModule.astro,
  // HeaderSearchModule.astro), with the files it will ask for (the template's links: its imports, Pagefind's files)
  // fetched alongside; prefetches (files it may need) not with Save-Data
  function load(name: string): Loading {
    const t = document.querySelector<HTMLTemplateElement>('template[data-' + name + '-module]'),
      s = t && t.content.querySelector('script'),
      m = s && import(s.getAttribute('src')!);
    // after the module itself, in the template's order (the prefetches last)
    if (m)
      t!.content.querySelectorAll('link').forEach(function (l) {
        if (l.rel !== 'prefetch' || !(connection && connection.saveData)) document.head.appendChild(l.cloneNode());
      });
    return m;
  }
  function cite(event: Event) {
    const b = event.target instanceof Element && event.target.closest<HTMLElement>('.cite-button');
    if (!loading && (b || (event.type === 'selectionchange' && !getSelection()!.isCollapsed))) {
      loading = load('cite');
      if (loading)
        loading.then(
          function () {
            const c = clicks as HTMLElement[];
            clicks = 0;
            c.forEach(function (b) {
              b.click();
            });
          },
          function () {
            loading = 0;
          },
        );
    }
    return b;
  }
  // The header search: its code (src/scripts/header-search.ts) is imported when the reader first puts the cursor in
  // the field or touches it, with Pagefind's files fetched alongside (load adds the template's links); it then shows
  // the first results under the field as the reader types. If it cannot load, the form submits to /search/ as before.
  function headerSearch(event: Event) {
    if (!searching && event.target instanceof Element && event.target.closest('#header-q')) {
      searching = load('search');
      if (searching) {
        searching.catch(function () {
          searching = 0;
        });
        // while its files arrive: the dictionary of Chinese words that Pagefind's first query needs (its first
        // Intl.Segmenter in a page loads it, 35–80 ms; src/widgets/pagefind-load.ts warmSegmenter)
        setTimeout(function () {
          if (window.Intl && Intl.Segmenter) new Intl.Segmenter(root.lang || 'zh-CN', { granularity: 'word' });
        });
      }
    }
  }
  // A calculator's code waits in an inert <template data-island-module> beside it (Calculator.astro): imported when
  // the calculator comes within a screen's height, or when the reader first touches it (e.g. by Tab). What is typed
  // before it arrives is kept (src/widgets/island.ts replays it). Like Astro's client:visible, without its runtime.
  function calculators() {
    document.querySelectorAll<HTMLTemplateElement>('template[data-island-module]').forEach(function (t) {
      const s = t.content.querySelector('script'),
        box = t.parentNode as Element,
        l = box.querySelector('template[data-calc-link-module]') as HTMLTemplateElement | null,
        ls = l && l.content.querySelector('script'),
        seen = window.IntersectionObserver && new IntersectionObserver(near, { rootMargin: '100% 0px' });
      let started: number | undefined, linked: number | undefined, pressed: HTMLElement | undefined;
      function start() {
        if (started || !s) return;
        started = 1;
        if (seen) seen.disconnect();
        import(s.getAttribute('src')!).catch(function () {
          // offline: the form stays as it is, with the widget's message for a failure (Island.astro)
          const i = box.querySelector('[data-island]'),
            p = document.createElement('p');
          p.className = 'widget-error';
          p.setAttribute('role', 'alert');
          p.textContent = i ? i.getAttribute('data-failed') : '';
          box.prepend(p);
        });
      }
      function near(entries: IntersectionObserverEntry[]) {
        if (
          entries.some(function (e) {
            return e.isIntersecting;
          })
        )
          start();
      }
      // the inputs in the URL, 复制结果链接 and 打印 (widgets/calculator-link.ts): imported when the page opens with a
      // query, on the first input, or on a first press of a button, which is pressed again once the module is in
      // (a button pressed while the module is on its way too: typing first starts the import, and a press before it
      // arrives would otherwise be lost)
      function link(e?: Event) {
        const b = e && (e.target as Element).closest && (e.target as Element).closest('[data-calc-action]');
        if (b && linked !== 2) pressed = b as HTMLElement;
        if (linked || !ls) return;
        linked = 1;
        import(ls.getAttribute('src')!).then(
          function () {
            linked = 2;
            const p = pressed;
            pressed = undefined;
            if (p) p.click();
          },
          function () {
            linked = 0;
          },
        );
      }
      ['pointerdown', 'focusin', 'keydown', 'input', 'change'].forEach(function (type) {
        box.addEventListener(type, start, true);
      });
      ['input', 'change', 'click'].forEach(function (type) {
        box.addEventListener(type, link, true);
      });
      if (location.search && ls) {
        start();
        link();
      } else if (seen) seen.observe(box);
      else start();
    });
  }
  // The offline copy (scripts/service-worker.ts, /sw.js): registered once the first page has loaded and the browser is
  // idle; with Save-Data or on 2G only when the reader presses 离线保存本站 (`asked`), unless it is saved already. On a
  // page the service worker served, the update banner and the kill switch come from the saved copy (sw-update.ts).
  function offline(asked?: unknown) {
    const lean = connection && (connection.saveData || /2g/.test(connection.effectiveType!));
    if (!sw || !(asked || controlled || !lean)) return;
    sw.ready.then(showSaved);
    sw.register('/sw.js').catch(function () {
      // offline, or no service worker here (sw-update.ts tells a removed one)
    });
    const u = controlled && load('update');
    if (u) u.catch(function () {});
  }
  // 离线保存本站 says 已离线保存 and the version (OfflineSave.astro) once the service worker has saved everything
  function showSaved() {
    document.querySelectorAll<HTMLElement>('[data-offline-save]').forEach(function (b) {
      b.textContent = b.dataset.saved!;
    });
  }
  // 朗读 is shown (<html data-voice>) only when the browser has a Chinese voice
  function voices() {
    if (
      synth.getVoices().some(function (v) {
        return /^zh/i.test(v.lang);
      })
    )
      root.dataset.voice = '';
  }
  // the printout's colophon (Base.astro) says when it was printed: the day the page is open, renewed before printing
  function printDate() {
    const d = new Date();
    document.querySelectorAll('[data-print-date]').forEach(function (e) {
      e.textContent = d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日';
    });
  }
  root.dataset.js = '';
  if (sw) {
    root.dataset.sw = '';
    addEventListener('load', function () {
      (window.requestIdleCallback || setTimeout)(function () {
        offline();
      });
    });
  }
  document.addEventListener('DOMContentLoaded', printDate);
  document.addEventListener('DOMContentLoaded', calculators);
  window.addEventListener('beforeprint', printDate);
  applyAll();
  // asked once the page is idle: the first getVoices() starts the browser's speech service, work that Lighthouse
  // counted as blocking the page's load (its voices often arrive later anyway, with voiceschanged)
  if (synth)
    (window.requestIdleCallback || setTimeout)(function () {
      voices();
      synth.addEventListener('voiceschanged', voices);
    });
  document.addEventListener('DOMContentLoaded', applyAll);
  window.addEventListener('storage', applyAll);
  ['pointerdown', 'focusin', 'selectionchange'].forEach(function (type) {
    document.addEventListener(type, cite);
  });
  document.addEventListener('focusin', headerSearch);
  document.addEventListener('pointerdown', headerSearch);
  document.addEventListener('click', function (event) {
    const t = event.target instanceof Element && event.target,
      b = t && t.closest('[data-reading-toggle]'),
      key = (b && b.getAttribute('data-reading-toggle')) as Mode,
      c = cite(event),
      s = t && t.closest('[data-search-toggle]'),
      r = t && t.closest<HTMLElement>('[data-read-aloud]'),
      o = t && t.closest('[data-offline-save]');
    if (o) {
      o.textContent = '正在保存…';
      offline(1);
    }
    if (key in modes) apply(key, saved(key, (b as Element).getAttribute('aria-pressed') !== 'true'));
    if (c && c.hasAttribute('data-print')) print();
    else if (c && clicks) clicks.push(c);
    if (s) {
      s.setAttribute('aria-expanded', String(s.getAttribute('aria-expanded') !== 'true'));
      if (s.getAttribute('aria-expanded') === 'true') document.getElementById('header-q')!.focus();
    }
    // the first 朗读 click loads the speaking code, then hands it this click
    if (r && !speech) {
      speech = load('read');
      if (speech)
        speech.then(
          function () {
            (r as HTMLElement).click();
          },
          function () {
            speech = 0;
          },
        );
    }
  });
})();
