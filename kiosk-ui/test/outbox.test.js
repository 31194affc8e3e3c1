import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutbox, memoryStore, classify, Outcome } from '../js/outbox.js';

function fixture(responses) {
  let clock = 1_000_000;
  const sent = [];
  const store = memoryStore();
  const queue = [...responses];
  const send = async (item) => {
    sent.push(item.key);
    const next = queue.length ? queue.shift() : 201;
    if (next === 'network') throw new TypeError('Failed to fetch');
    return { status: next, body: { id: 'r-' + item.key } };
  };
  const outbox = createOutbox({ store, send, now: () => clock, random: () => 1 });
  return { outbox, sent, store, advance: (ms) => { clock += ms; } };
}

test('server answers are classified: 2xx acked, 400/409 rejected, network, 401 and 5xx retried', () => {
  assert.equal(classify(201), Outcome.ACKED);
  assert.equal(classify(200), Outcome.ACKED);
  assert.equal(classify(400), Outcome.REJECTED);
  assert.equal(classify(409), Outcome.REJECTED);
  for (const s of [0, 401, 403, 429, 500, 503]) assert.equal(classify(s), Outcome.RETRY, String(s));
});

test('an acknowledged item leaves the outbox', async () => {
  const { outbox, sent } = fixture([201]);
  await outbox.add({ key: 'a', kind: 'rating', body: { score: 5 } });
  assert.equal(await outbox.pendingCount(), 1);
  const r = await outbox.flush();
  assert.deepEqual(r, { acked: 1, retry: 0, rejected: 0 });
  assert.deepEqual(sent, ['a']);
  assert.equal(await outbox.pendingCount(), 0);
});

test('drafts are not sent until they are made ready', async () => {
  const { outbox, sent } = fixture([]);
  await outbox.add({ key: 'd', kind: 'rating', body: { score: 2 }, ready: false });
  await outbox.update('d', { score: 2, reasons: ['WAITING'] });
  await outbox.flush();
  assert.deepEqual(sent, []);
  await outbox.markReady('d');
  await outbox.flush();
  assert.deepEqual(sent, ['d']);
});

test('after a reboot, leftover drafts are sent as they are', async () => {
  const { outbox, sent } = fixture([]);
  await outbox.add({ key: 'd1', kind: 'rating', body: {}, ready: false });
  await outbox.readyAllDrafts();
  await outbox.flush();
  assert.deepEqual(sent, ['d1']);
});

test('a network failure keeps the item and retries it later with growing delays, same key each time', async () => {
  const { outbox, sent, store, advance } = fixture(['network', 503, 201]);
  await outbox.add({ key: 'k', kind: 'rating', body: { score: 4 } });
  await outbox.flush();
  let item = await store.get('k');
  assert.equal(item.attempts, 1);
  assert.equal(item.nextAttemptAt, 1_000_000 + 2000);
  await outbox.flush(); // not due yet
  assert.deepEqual(sent, ['k']);
  advance(2000);
  await outbox.flush();
  item = await store.get('k');
  assert.equal(item.attempts, 2);
  assert.equal(item.lastStatus, 503);
  assert.equal(item.nextAttemptAt, 1_002_000 + 4000);
  advance(4000);
  await outbox.flush();
  assert.deepEqual(sent, ['k', 'k', 'k']);
  assert.equal(await outbox.pendingCount(), 0);
});

test('while the server is unreachable one failure stops the run instead of trying every item', async () => {
  const { outbox, sent } = fixture(['network']);
  for (const key of ['a', 'b', 'c']) await outbox.add({ key, kind: 'rating', body: {} });
  await outbox.flush();
  assert.deepEqual(sent, ['a']);
  assert.equal(await outbox.pendingCount(), 3);
});

test('a rejected item is kept for staff and never resent', async () => {
  const { outbox, sent, store, advance } = fixture([409]);
  await outbox.add({ key: 'x', kind: 'rating', body: {} });
  await outbox.flush();
  advance(10 * 60 * 1000);
  await outbox.flush();
  assert.deepEqual(sent, ['x']);
  assert.equal((await store.get('x')).state, 'rejected');
  assert.equal(await outbox.pendingCount(), 1);
});

test('sendNow sends a complaint at once and hands back the server body', async () => {
  const { outbox } = fixture([201]);
  await outbox.add({ key: 'c', kind: 'complaint', body: { text: 'x' } });
  const r = await outbox.sendNow('c');
  assert.equal(r.outcome, Outcome.ACKED);
  assert.deepEqual(r.body, { id: 'r-c' });
});

test('items go out oldest first, and concurrent flushes share one run', async () => {
  const { outbox, sent, advance } = fixture([]);
  await outbox.add({ key: 'first', kind: 'rating', body: {} });
  advance(1);
  await outbox.add({ key: 'second', kind: 'rating', body: {} });
  await Promise.all([outbox.flush(), outbox.flush()]);
  assert.deepEqual(sent, ['first', 'second']);
});

test('the staff indicator counts what waits for the server, not the draft on screen', async () => {
  const { outbox } = fixture(['network']);
  await outbox.add({ key: 'd', kind: 'rating', body: {}, ready: false });
  assert.equal(await outbox.pendingCount(), 0);
  await outbox.markReady('d');
  assert.equal(await outbox.pendingCount(), 1);
});
