import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutbox, memoryStore, memoryTally, classify, Outcome } from '../js/outbox.js';

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
  const tally = memoryTally();
  const outbox = createOutbox({ store, send, tally, now: () => clock, random: () => 1 });
  return { outbox, sent, store, tally, advance: (ms) => { clock += ms; } };
}

test('server answers are classified: 2xx acked, 400/403/404/409/422 rejected for good, network, 401, 429 and 5xx retried', () => {
  assert.equal(classify(201), Outcome.ACKED);
  assert.equal(classify(200), Outcome.ACKED);
  for (const s of [400, 403, 404, 409, 422]) assert.equal(classify(s), Outcome.REJECTED, String(s));
  for (const s of [0, 401, 408, 429, 500, 502, 503]) assert.equal(classify(s), Outcome.RETRY, String(s));
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

for (const status of [400, 403, 404, 409, 422]) {
  test(`a complaint refused with ${status} leaves the device at once, text and phone included; only a count stays`, async () => {
    const { outbox, sent, store, advance } = fixture([status]);
    await outbox.add({ key: 'x', kind: 'complaint', body: { text: 'Cán bộ thái độ chưa tốt', phone: '0912345678' } });
    const r = await outbox.flush();
    assert.deepEqual(r, { acked: 0, retry: 0, rejected: 1 });
    assert.deepEqual(await store.all(), []);
    assert.equal(await outbox.pendingCount(), 0);
    assert.equal(outbox.rejectedCount(), 1);
    advance(10 * 60 * 1000);
    await outbox.flush();
    assert.deepEqual(sent, ['x'], 'never resent');
  });
}

test('a refused complaint sent at once reports the refusal, so the citizen is not told it waits on the device', async () => {
  const { outbox, store } = fixture([422]);
  await outbox.add({ key: 'c', kind: 'complaint', body: { text: 'x', phone: '0912345678' } });
  const r = await outbox.sendNow('c');
  assert.equal(r.outcome, Outcome.REJECTED);
  assert.equal(await store.get('c'), undefined);
});

test('a server error or a lost connection keeps the item with its content for the next try', async () => {
  const { outbox, store } = fixture([500, 'network']);
  await outbox.add({ key: 'a', kind: 'complaint', body: { text: 'x', phone: '0912345678' } });
  await outbox.sendNow('a');
  await outbox.sendNow('a');
  const item = await store.get('a');
  assert.equal(item.body.phone, '0912345678');
  assert.equal(item.attempts, 2);
  assert.equal(outbox.rejectedCount(), 0);
});

test('items an older version kept after a refusal are purged and counted', async () => {
  const { outbox, store, sent } = fixture([]);
  await store.put({ key: 'old', kind: 'complaint', body: { text: 'x', phone: '0912345678' }, state: 'rejected', attempts: 1,
    nextAttemptAt: 0, createdAt: 0, lastStatus: 422 });
  await outbox.add({ key: 'new', kind: 'rating', body: { score: 4 }, ready: false });
  assert.equal(await outbox.purgeRejected(), 1);
  assert.deepEqual((await store.all()).map((i) => i.key), ['new']);
  assert.equal(outbox.rejectedCount(), 1);
  await outbox.flush();
  assert.deepEqual(sent, [], 'the draft is left alone');
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
