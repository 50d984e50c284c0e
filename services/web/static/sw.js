// The app shell offline. Served at /sw.js (scope "/") with this release's version and assets
// written in by services/web/shell.py. Pages (navigations) come from the network and, without
// one, from the kept shell (every page of the app is the same HTML); the versioned assets
// come from the cache. API calls are never touched here: what the app keeps for offline
// reading and its drafts live in IndexedDB (core/api.js, core/outbox.js).

const VERSION = "{{v}}";
const ASSETS = {{assets}};
const CACHE = `nithet-shell-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(["/", ...ASSETS])).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith("nithet-shell-") && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match("/", { cacheName: CACHE });
    if (shell) return shell;
    throw error;
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const found = await cache.match(request);
  if (found) return found;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  if (request.mode === "navigate") event.respondWith(page(request));
  else if (url.pathname.startsWith(`/static/${VERSION}/`)) event.respondWith(asset(request));
});
