import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlausibleMobile } from '../js/phone.js';

test('Vietnamese mobile numbers typed with 0 or 84 are accepted', () => {
  for (const n of ['0912345678', '0987000111', '0362123456', '0701234567', '0812345678', '84912345678', '0523123456']) {
    assert.equal(isPlausibleMobile(n), true, n);
  }
});

test('numbers too short, too long or outside the mobile ranges are refused on the kiosk', () => {
  for (const n of ['', '0912', '091234567', '09123456789', '0212345678', '0112345678', '0992345678', '1234567890']) {
    assert.equal(isPlausibleMobile(n), false, n);
  }
});

test('old 11-digit numbers are left to the server to map', () => {
  assert.equal(isPlausibleMobile('01234567890'), true);
});
