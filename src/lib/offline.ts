/**
 * Names shared by the service worker's build step (scripts/service-worker.ts), the pages and the update module
 * (src/scripts/sw-update.ts). The inline reading-mode script repeats SW_PATH as a literal, to stay small
 * (test/site/offline-built.test.ts checks it).
 */
export const SW_PATH = '/sw.js';
/** The version of the deployed site, fetched past the service worker when an update is found (the banner's 0.3.0). */
export const VERSION_PATH = '/site-version.json';
/** The page a navigation gets when the network fails and the page was not saved (src/pages/offline.astro). */
export const OFFLINE_PATH = '/offline/';
/** In the built pages, where the precache's size goes (OfflineSave.astro): replaced once it is known. */
export const PRECACHE_SIZE_TOKEN = '__PRECACHE_MB__';
