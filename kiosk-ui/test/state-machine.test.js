import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transition, initialState, Screen, ratingBody, complaintBody, reasonsHeadingKey } from '../js/app.js';

const config = {
  boundCounterCode: 'Q01', boundOfficerCode: 'CB01',
  officers: [{ code: 'CB01', counterCode: 'Q01' }, { code: 'CB02', counterCode: 'Q02' }],
  criteria: [{ code: 'C10' }, { code: 'C12' }],
};

function run(events, cfg = config, start = initialState({ paired: true })) {
  let state = start;
  const effects = [];
  for (const e of events) {
    const r = transition(state, e, cfg);
    state = r.state;
    effects.push(...r.effects.map((x) => x.type));
  }
  return { state, effects };
}

const loaded = [{ type: 'CONFIG_LOADED' }];

test('an unpaired kiosk starts on the pairing screen', () => {
  assert.equal(initialState({ paired: false }).screen, Screen.PAIR);
  assert.equal(initialState({ paired: true }).screen, Screen.LOADING);
});

test('the start screen preselects the bound counter and officer', () => {
  const { state } = run(loaded);
  assert.equal(state.screen, Screen.START);
  assert.deepEqual(state.selection, { counterCode: 'Q01', officerCode: 'CB01', dossierCode: null });
});

test('a happy citizen rates in two taps and then sees the optional criteria', () => {
  const { state, effects } = run([...loaded, { type: 'BEGIN' }, { type: 'SCORE', score: 5, key: 'k1', at: '2026-11-23T09:00:00+07:00' }]);
  assert.equal(state.screen, Screen.CRITERIA);
  assert.deepEqual(effects, ['saveDraft']);
  assert.equal(state.session.key, 'k1');
});

test('without configured criteria a happy rating goes straight to thanks and is finalized', () => {
  const { state, effects } = run([...loaded, { type: 'BEGIN' }, { type: 'SCORE', score: 4, key: 'k', at: 't' }], { ...config, criteria: [] });
  assert.equal(state.screen, Screen.THANKS);
  assert.deepEqual(effects, ['saveDraft', 'finalizeRating']);
});

test('a score of 3 or less asks for reasons', () => {
  for (const score of [1, 2, 3]) {
    const { state } = run([...loaded, { type: 'BEGIN' }, { type: 'SCORE', score, key: 'k', at: 't' }]);
    assert.equal(state.screen, Screen.REASONS, `score ${score}`);
  }
});

test('a neutral 3 is asked what to improve; 1 and 2 are asked what went wrong', () => {
  assert.equal(reasonsHeadingKey(3), 'kiosk.reasons.heading.neutral');
  assert.equal(reasonsHeadingKey(2), 'kiosk.reasons.heading');
  assert.equal(reasonsHeadingKey(1), 'kiosk.reasons.heading');
});

test('reasons toggle, phone keeps digits only, and filing a complaint waits for its code', () => {
  const { state, effects } = run([...loaded, { type: 'BEGIN' }, { type: 'SCORE', score: 2, key: 'k', at: 't' },
    { type: 'TOGGLE_REASON', code: 'WAITING' }, { type: 'TOGGLE_REASON', code: 'ATTITUDE' }, { type: 'TOGGLE_REASON', code: 'WAITING' },
    { type: 'SET_PHONE', phone: '0912 345 678' }, { type: 'SET_COMMENT', text: 'Chờ lâu' }, { type: 'FILE_COMPLAINT' }]);
  assert.equal(state.screen, Screen.FILING);
  assert.deepEqual(state.session.reasons, ['ATTITUDE']);
  assert.equal(state.session.phone, '0912345678');
  assert.deepEqual(effects, ['saveDraft', 'saveDraft', 'fileComplaint']);
  const body = complaintBody(state.session, (c) => c.toLowerCase());
  assert.deepEqual(body, { kind: 'PHAN_ANH', channel: 'KIOSK', text: 'attitude — Chờ lâu', phone: '0912345678' });
});

test('the tracking code is shown, the phone is forgotten, then criteria and thanks follow', () => {
  let { state } = run([...loaded, { type: 'BEGIN' }, { type: 'SCORE', score: 1, key: 'k', at: 't' },
    { type: 'SET_PHONE', phone: '0912345678' }, { type: 'FILE_COMPLAINT' },
    { type: 'COMPLAINT_RESULT', trackingCode: 'PA-2026-7K3Q9', dueAt: 'x' }]);
  assert.equal(state.screen, Screen.FILED);
  assert.equal(state.session.complaint.trackingCode, 'PA-2026-7K3Q9');
  assert.equal(state.session.phone, '');
  ({ state } = run([{ type: 'CONTINUE' }, { type: 'ANSWER', criterion: 'C10', score: 2 }, { type: 'ANSWER', criterion: 'C12', score: 3 }], config, state));
  assert.equal(state.screen, Screen.THANKS);
  assert.deepEqual(state.session.answers, { C10: 2, C12: 3 });
});

test('a complaint the server refused is shown as refused, not as waiting on the device', () => {
  const { state } = run([...loaded, { type: 'BEGIN' }, { type: 'SCORE', score: 1, key: 'k', at: 't' },
    { type: 'SET_PHONE', phone: '0912345678' }, { type: 'FILE_COMPLAINT' }, { type: 'COMPLAINT_RESULT', rejected: true }]);
  assert.equal(state.screen, Screen.FILED);
  assert.deepEqual(state.session.complaint, { trackingCode: null, dueAt: null, rejected: true });
  assert.equal(state.session.phone, '');
});

test('the rating body carries the selection, reasons, comment and answers but never the phone', () => {
  const { state } = run([...loaded, { type: 'SET_DOSSIER', code: 'H56-0001' }, { type: 'BEGIN' },
    { type: 'SCORE', score: 3, key: 'k', at: '2026-11-23T09:00:00+07:00' },
    { type: 'TOGGLE_REASON', code: 'LATE' }, { type: 'SET_COMMENT', text: '  trễ 2 ngày ' }, { type: 'SET_PHONE', phone: '0912' },
    { type: 'RATING_ONLY' }, { type: 'ANSWER', criterion: 'C10', score: 4 }]);
  assert.deepEqual(ratingBody(state.session), {
    score: 3, channel: 'KIOSK', submittedAt: '2026-11-23T09:00:00+07:00', counterCode: 'Q01', officerCode: 'CB01',
    dossierCode: 'H56-0001', reasons: ['LATE'], comment: 'trễ 2 ngày', answers: { C10: 4 },
  });
});

test('skipping the criteria finalizes the rating', () => {
  const { state, effects } = run([...loaded, { type: 'BEGIN' }, { type: 'SCORE', score: 5, key: 'k', at: 't' }, { type: 'SKIP' }]);
  assert.equal(state.screen, Screen.THANKS);
  assert.deepEqual(effects, ['saveDraft', 'finalizeRating']);
});

test('choosing another officer also picks that officer\'s counter', () => {
  const { state } = run([...loaded, { type: 'SELECT_OFFICER', code: 'CB02' }]);
  assert.deepEqual(state.selection, { counterCode: 'Q02', officerCode: 'CB02', dossierCode: null });
});

test('an idle reset mid-flow finalizes the rating and forgets everything the citizen entered', () => {
  const { state, effects } = run([...loaded, { type: 'SELECT_OFFICER', code: 'CB02' }, { type: 'SET_DOSSIER', code: 'X1' },
    { type: 'BEGIN' }, { type: 'SCORE', score: 2, key: 'k', at: 't' }, { type: 'SET_PHONE', phone: '0912345678' }, { type: 'RESET' }]);
  assert.equal(state.screen, Screen.START);
  assert.equal(state.session, null);
  assert.deepEqual(state.selection, { counterCode: 'Q01', officerCode: 'CB01', dossierCode: null });
  assert.deepEqual(effects, ['saveDraft', 'finalizeRating']);
});

test('the idle reset hands the abandoned session, comment included, to the finalize effect', () => {
  let r = run([...loaded, { type: 'BEGIN' }, { type: 'SCORE', score: 2, key: 'k', at: 't' }, { type: 'SET_COMMENT', text: 'chờ lâu' }]);
  const last = transition(r.state, { type: 'RESET' }, {});
  assert.equal(last.state.session, null);
  assert.equal(last.effects.length, 1);
  assert.equal(last.effects[0].type, 'finalizeRating');
  assert.equal(last.effects[0].session.key, 'k');
  assert.equal(last.effects[0].session.comment, 'chờ lâu');
});

test('a reset after thanks does not finalize twice, and a reset before any score finalizes nothing', () => {
  let r = run([...loaded, { type: 'BEGIN' }, { type: 'SCORE', score: 5, key: 'k', at: 't' }, { type: 'SKIP' }, { type: 'RESET' }]);
  assert.deepEqual(r.effects, ['saveDraft', 'finalizeRating']);
  r = run([...loaded, { type: 'BEGIN' }, { type: 'RESET' }]);
  assert.deepEqual(r.effects, []);
});

test('events that do not belong to the current screen change nothing', () => {
  const { state } = run([...loaded, { type: 'SCORE', score: 5, key: 'k', at: 't' }, { type: 'ANSWER', criterion: 'C10', score: 1 }]);
  assert.equal(state.screen, Screen.START);
  assert.equal(state.session, null);
});

test('a kiosk bound to a counter with a single officer preselects that officer', () => {
  const cfg = { boundCounterCode: 'Q02', officers: [{ code: 'CB01', counterCode: 'Q01' }, { code: 'CB02', counterCode: 'Q02' }] };
  const { state } = run(loaded, cfg);
  assert.deepEqual(state.selection, { counterCode: 'Q02', officerCode: 'CB02', dossierCode: null });
});
