// The till's service worker (issue 12): served from /shop/ so that its scope covers /shop/{shopId}/till. It answers
// from the network when it can and keeps what it got; when the network is down it answers from what it kept, so a
// reload of the till offline still shows the page, its script and stylesheets (the catalogue and the waiting sales
// live in the page's IndexedDB). Only GET requests of this origin are kept; writes always go to the network.
const CACHE = 'taawun-till-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // the catalogue is kept by the page itself (with its version); sessions and sales must be read live
  if (url.pathname.includes('/till/')) return;
  const navigation = request.mode === 'navigate';
  event.respondWith(networkFirst(request, navigation));
});

async function networkFirst(request, navigation) {
  const cache = await caches.open(CACHE);
  const key = navigation ? new URL(request.url).pathname : request;
  try {
    const response = await fetch(request);
    // a redirect to the sign-in page is not the till: never kept in its place
    if (response.ok && !response.redirected && response.type === 'basic') {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (e) {
    const kept = await cache.match(key, { ignoreSearch: navigation });
    if (kept) return kept;
    throw e;
  }
}
