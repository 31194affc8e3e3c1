// The outbox: every rating and complaint is written here before anything is sent, keyed by its idempotency key,
// and deleted only once the server has acknowledged it (2xx). Retries use backoff; the server's idempotency
// (same key -> same id, nothing stored twice) makes retries safe.
//
// The logic is pure: storage (`store`), transport (`send`) and time (`now`) are injected, so it runs in node --test
// with a Map store and in the browser with IndexedDB (idb-store.js).
//
// Item: { key, kind: 'rating'|'complaint', body, state: 'draft'|'ready', attempts, nextAttemptAt, createdAt, lastStatus }
//   draft    - the citizen is still on screen adding reasons/answers; not sent yet (a reboot turns it ready)
//   ready    - waiting to be sent (or re-sent)
// An item the server refuses for good (400/403/404/409/422) is deleted at once: it would never be accepted, and a
// complaint's text and phone number must not stay on a public device. Only a count of such items is kept
// (`tally`), for the staff indicator. Older versions kept them with state 'rejected'; purgeRejected() removes those.

import { backoffDelay } from './backoff.js';

export const Outcome = Object.freeze({ ACKED: 'acked', RETRY: 'retry', REJECTED: 'rejected' });

/** How a server answer (or a network error, status 0) is handled. */
export function classify(status) {
  if (status >= 200 && status < 300) return Outcome.ACKED;
  if (NEVER_ACCEPTED.has(status)) return Outcome.REJECTED;
  // 0 (network), 401 (token being re-paired), 408, 429, 5xx: keep trying
  return Outcome.RETRY;
}

/** Answers that sending the same request again can never change. */
const NEVER_ACCEPTED = new Set([400, 403, 404, 409, 422]);

/** An in-memory store with the same interface as the IndexedDB one; used by tests. */
export function memoryStore() {
  const m = new Map();
  return {
    async put(item) { m.set(item.key, structuredClone(item)); },
    async get(key) { const v = m.get(key); return v ? structuredClone(v) : undefined; },
    async delete(key) { m.delete(key); },
    async all() { return [...m.values()].map((v) => structuredClone(v)); },
  };
}

/** A count kept in memory, with the interface of the localStorage one in main.js; used by tests. */
export function memoryTally() {
  let n = 0;
  return { get: () => n, add: (k) => { n += k; } };
}

export function createOutbox({ store, send, tally = memoryTally(), now = () => Date.now(), random = Math.random, backoff = {},
  onChange = () => {} }) {
  let flushing = null;

  async function changed() {
    try { onChange(await pendingCount()); } catch (_) { /* indicator only */ }
  }

  async function add({ key, kind, body, ready = true }) {
    const item = { key, kind, body, state: ready ? 'ready' : 'draft', attempts: 0, nextAttemptAt: now(), createdAt: now(), lastStatus: null };
    await store.put(item);
    await changed();
    return item;
  }

  /** Replaces the body of an unsent item (a draft the citizen is still completing). */
  async function update(key, body) {
    const item = await store.get(key);
    if (!item) return undefined;
    item.body = body;
    await store.put(item);
    return item;
  }

  async function markReady(key) {
    const item = await store.get(key);
    if (!item || item.state !== 'draft') return item;
    item.state = 'ready';
    item.nextAttemptAt = now();
    await store.put(item);
    await changed();
    return item;
  }

  /** After a reboot nobody is completing the drafts any more: send them as they are. */
  async function readyAllDrafts() {
    for (const item of await store.all()) {
      if (item.state === 'draft') await markReady(item.key);
    }
  }

  async function attempt(item) {
    let status = 0;
    let body = null;
    try {
      const res = await send(item);
      status = res.status;
      body = res.body;
    } catch (_) {
      status = 0;
    }
    const outcome = classify(status);
    if (outcome === Outcome.ACKED) {
      await store.delete(item.key);
    } else if (outcome === Outcome.REJECTED) {
      await store.delete(item.key);
      tally.add(1);
    } else {
      const current = (await store.get(item.key)) || item;
      current.lastStatus = status;
      current.nextAttemptAt = now() + backoffDelay(current.attempts, { ...backoff, random });
      current.attempts += 1;
      await store.put(current);
    }
    await changed();
    return { outcome, status, body };
  }

  /** Deletes what older versions kept after a refusal (state 'rejected'), counting it like a new refusal. */
  async function purgeRejected() {
    let purged = 0;
    for (const item of await store.all()) {
      if (item.state === 'rejected') {
        await store.delete(item.key);
        purged += 1;
      }
    }
    if (purged) {
      tally.add(purged);
      await changed();
    }
    return purged;
  }

  /** Sends one item now, whatever its schedule (used to show a complaint's tracking code at once). */
  async function sendNow(key) {
    const item = await store.get(key);
    if (!item) return { outcome: Outcome.ACKED, status: 200, body: null };
    if (item.state === 'draft') await markReady(key);
    return attempt(item);
  }

  /** Sends every ready item whose time has come, oldest first. Concurrent calls share one run. */
  function flush() {
    if (flushing) return flushing;
    flushing = (async () => {
      const result = { acked: 0, retry: 0, rejected: 0 };
      try {
        const due = (await store.all())
          .filter((i) => i.state === 'ready' && i.nextAttemptAt <= now())
          .sort((a, b) => a.createdAt - b.createdAt);
        for (const item of due) {
          const { outcome } = await attempt(item);
          result[outcome] += 1;
          if (outcome === Outcome.RETRY && result.acked === 0) {
            // the server is unreachable: do not burn through every item's schedule now
            break;
          }
        }
      } finally {
        flushing = null;
      }
      return result;
    })();
    return flushing;
  }

  /** Items waiting for the server (not the draft a citizen is still completing). */
  async function pendingCount() {
    return (await store.all()).filter((i) => i.state === 'ready').length;
  }

  /** How many items the server refused for good since this device was set up (their content is gone). */
  function rejectedCount() {
    return tally.get();
  }

  async function items() {
    return store.all();
  }

  return { add, update, markReady, readyAllDrafts, purgeRejected, flush, sendNow, pendingCount, rejectedCount, items };
}
