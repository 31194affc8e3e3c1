import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay } from '../js/backoff.js';
import { createIdleTimer } from '../js/idle.js';
import { uuid } from '../js/uuid.js';
import { format, initials, createI18n } from '../js/i18n.js';

test('backoff doubles from the base and stays within [d/2, d]', () => {
  assert.equal(backoffDelay(0, { random: () => 1 }), 2000);
  assert.equal(backoffDelay(0, { random: () => 0 }), 1000);
  assert.equal(backoffDelay(3, { random: () => 1 }), 16000);
});

test('backoff is capped at five minutes however many attempts failed', () => {
  assert.equal(backoffDelay(50, { random: () => 1 }), 300000);
  assert.equal(backoffDelay(1000, { random: () => 0 }), 150000);
});

test('the idle timer fires once after the timeout and activity restarts it', () => {
  const timers = [];
  let fired = 0;
  const idle = createIdleTimer({
    timeoutMs: 100, onIdle: () => { fired += 1; },
    setTimer: (fn, ms) => { timers.push({ fn, ms, live: true }); return timers.length - 1; },
    clearTimer: (h) => { timers[h].live = false; },
  });
  idle.poke(); // not armed: nothing
  assert.equal(timers.length, 0);
  idle.arm();
  idle.poke();
  assert.equal(timers.filter((t) => t.live).length, 1);
  timers.filter((t) => t.live).forEach((t) => t.fn());
  assert.equal(fired, 1);
  assert.equal(idle.running, false);
  idle.arm(5000);
  assert.equal(timers.at(-1).ms, 5000);
});

test('uuids are v4 and distinct', () => {
  const a = uuid();
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(a, uuid());
});

test('messages fill placeholders and fall back to the built-in minimum', () => {
  assert.equal(format('Câu {0}/{1}', [1, 3]), 'Câu 1/3');
  const t = createI18n('en', { 'kiosk.x': 'X {0}' });
  assert.equal(t('kiosk.x', 7), 'X 7');
  assert.equal(t('kiosk.pair.submit'), 'Pair');
  assert.equal(t('kiosk.unknown'), 'kiosk.unknown');
});

test('initials are the family and the given name\'s, without a title typed after the name', () => {
  assert.equal(initials('Nguyễn Thị Lan'), 'NL');
  assert.equal(initials('Tôn Nữ Thị Ngọc Hân — Chuyên viên Phòng Lao động - Xã hội'), 'TH');
  assert.equal(initials('Phạm Quang Huy, Trưởng bộ phận Một cửa'), 'PH');
  assert.equal(initials('Đặng Thu Hà (Văn phòng HĐND và UBND)'), 'ĐH');
  assert.equal(initials('Ánh'), 'Á');
  assert.equal(initials(''), '?');
});
