// RehabTrack's service worker (docs/field-data.md, "Offline forms"): it keeps the application's
// own files and the pages the user opened, so that an engineer with no connection still has the
// forms of the centers they opened while online. What a form saves offline is kept by
// /js/offline.js in the phone's IndexedDB, not here: this worker never sees a form post.
'use strict';

const STATIC = 'rehabtrack-static';
const PAGES = 'rehabtrack-pages';
const OFFLINE = '/offline.html';
const SHELL = [
  OFFLINE,
  '/css/rehabtrack.css',
  '/js/offline.js',
  '/js/outbox.js',
  '/favicon.svg',
  '/manifest.json',
  '/icons/icon-192.png',
  '/icons/icon-512.png'
];

/** Pages never kept: signing in and out, and the administrators' pages. */
const NEVER_KEPT = /^\/(login|logout|too-large|admin)(\/|$)/;

/** Addresses left to the browser alone: the API and downloads (reports, workbooks, photos). */
const NOT_PAGES = /^\/(api|q|reports\/download)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(STATIC).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting())
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && !NOT_PAGES.test(url.pathname)) {
    event.respondWith(page(request, url));
  } else if (/^\/(css|js|icons)\/|^\/(favicon\.svg|manifest\.json)$/.test(url.pathname)) {
    event.respondWith(shellFile(request));
  }
});

/**
 * A page: from the network, kept for later when it is a page of the application; without a
 * connection, as it was last kept (whatever its query), else the offline page.
 */
async function page(request, url) {
  try {
    const answer = await fetch(request);
    if (answer.ok && !answer.redirected && !NEVER_KEPT.test(url.pathname)
        && (answer.headers.get('Content-Type') || '').startsWith('text/html')) {
      const copy = answer.clone();
      caches.open(PAGES).then((cache) => cache.put(request, copy));
    }
    return answer;
  } catch (offline) {
    // Vary ignored: a page kept by the page's own fetch was asked with other headers
    const kept = await caches.match(request, { cacheName: PAGES, ignoreVary: true })
      || await caches.match(request, { cacheName: PAGES, ignoreSearch: true, ignoreVary: true });
    return kept || caches.match(OFFLINE);
  }
}

/** The application's own files: as kept, refreshed from the network for next time. */
async function shellFile(request) {
  const cache = await caches.open(STATIC);
  const kept = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  const fresh = fetch(request)
    .then((answer) => {
      if (answer.ok) {
        cache.put(request, answer.clone());
      }
      return answer;
    })
    .catch(() => kept);
  return kept || fresh;
}
