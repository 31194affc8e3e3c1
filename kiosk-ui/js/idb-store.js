// IndexedDB-backed store for the outbox (browser only). One object store, keyed by the idempotency key.

const DB_NAME = 'hailong-kiosk';
const STORE = 'outbox';

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run(db, mode, fn) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = fn(tx.objectStore(STORE));
    let value;
    if (req) req.onsuccess = () => { value = req.result; };
    tx.oncomplete = () => resolve(value);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export async function idbStore() {
  const db = await open();
  return {
    put: (item) => run(db, 'readwrite', (s) => s.put(item)),
    get: (key) => run(db, 'readonly', (s) => s.get(key)),
    delete: (key) => run(db, 'readwrite', (s) => s.delete(key)),
    all: () => run(db, 'readonly', (s) => s.getAll()),
  };
}
