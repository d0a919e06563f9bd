/**
 * What a page served by the service worker (scripts/service-worker.ts) does about new deploys. The inline
 * reading-mode script imports this module (from the inert <template data-update-module> of SiteFooter.astro) only when
 * the page came from the service worker, so it is read from the saved copy and costs a first visit nothing.
 * - It asks the server for /sw.js (Cache-Control: no-cache). A new version installs in the background and waits: the
 *   banner then says 本站已更新（old → new） (the new version from the server's /site-version.json), and 刷新 hands over
 *   to it; every page of the old version reloads (controllerchange), so a page and its code are of one version.
 * - If the server answers 404 for /sw.js (a deploy without it), the service worker is unregistered, its caches are
 *   deleted and the page reloads from the network: the kill switch. A failed network (offline) changes nothing.
 */
import { SW_PATH, VERSION_PATH } from '../lib/offline';

const sw = navigator.serviceWorker;
let waiting: ServiceWorker | null = null;

sw.addEventListener('controllerchange', () => location.reload());
document.addEventListener('click', (event) => {
  if (waiting && event.target instanceof Element && event.target.closest('[data-sw-refresh]'))
    waiting.postMessage({ type: 'SKIP_WAITING' });
});

async function showBanner(worker: ServiceWorker): Promise<void> {
  const banner = document.querySelector<HTMLElement>('[data-sw-update]');
  const next = banner?.querySelector('[data-sw-new]');
  if (!banner || !next || waiting === worker) return;
  const version: unknown = await (await fetch(VERSION_PATH, { cache: 'no-store' })).json();
  const siteVersion = (version as { siteVersion?: unknown }).siteVersion;
  if (typeof siteVersion !== 'string') return;
  next.textContent = siteVersion;
  waiting = worker;
  banner.hidden = false;
}

async function removeOfflineCopy(registration: ServiceWorkerRegistration): Promise<void> {
  await registration.unregister();
  await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  location.reload();
}

async function watch(): Promise<void> {
  const registration = await sw.getRegistration();
  if (!registration) return;
  const found = () => {
    if (registration.waiting) void showBanner(registration.waiting).catch(() => undefined);
  };
  found();
  registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', found));
  try {
    await registration.update();
  } catch {
    const answer = await fetch(SW_PATH, { method: 'HEAD', cache: 'no-store' });
    if (answer.status === 404) await removeOfflineCopy(registration);
  }
}

watch().catch(() => {
  // offline: nothing to do until the next page
});
