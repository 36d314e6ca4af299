// The game's service worker: keeps every file of one build so the game runs with no network.
// Plain JavaScript on purpose: scripts/vite/offline-plugin.ts fills in VERSION and FILES and
// writes it to the build as sw.js; the app never imports it.
//
// - install: fetch every file of this build into a cache named for the build, revalidating
//   each with the server (`no-cache`): a stale copy cannot slip in, and a file the page has
//   just downloaded costs a 304, not a second download. Any failure fails the install.
// - activate: delete caches of older builds. A new build's worker waits (the browser's
//   default) until every tab of the old one has closed, so a run keeps the files it started with.
// - fetch: files of this build come from the cache, every page load gets this build's
//   index.html, anything else goes to the network as usual.

const VERSION = '__BUILD_VERSION__';
const FILES = ['__BUILD_FILES__'];
const CACHE = `game-${VERSION}`;
const PAGE = new URL('index.html', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('game-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      ),
  );
});

/** This build's copy of `request`, else the network's answer. */
async function cachedOrFetched(request, key) {
  const cache = await caches.open(CACHE);
  // ignoreVary: the server may answer `Vary: Origin`, and the page asks for its module
  // scripts with an Origin header that the install's requests did not carry.
  const hit = await cache.match(key, { ignoreVary: true });
  return hit ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The game is one page: whatever address opened it (?renderer=, #facilitator), serve it.
  const key = request.mode === 'navigate' ? PAGE : request;
  event.respondWith(cachedOrFetched(request, key));
});
