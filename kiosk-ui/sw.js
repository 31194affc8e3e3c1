// Service Worker: keeps the app shell (HTML, CSS, modules) so that a kiosk that reboots without network still
// starts, shows its cached config and queues ratings. API calls are never cached here: the outbox handles them.
const CACHE = 'hailong-kiosk-v2';
const SHELL = [
  './', './index.html', './css/kiosk.css',
  './js/main.js', './js/app.js', './js/api.js', './js/outbox.js', './js/idb-store.js', './js/idle.js', './js/i18n.js',
  './js/backoff.js', './js/uuid.js', './js/dom.js', './js/faces.js', './js/keypad.js', './js/phone.js',
  './js/screens/pair.js', './js/screens/start.js', './js/screens/rate.js', './js/screens/reasons.js', './js/screens/criteria.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// Network first (so updates arrive at once), cache when the server cannot be reached.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith(fetch(req).then((res) => {
    if (res.ok) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return res;
  }).catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || caches.match('./index.html'))));
});
