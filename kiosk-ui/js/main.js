// Wiring: state machine + screens + outbox + timers + service worker. Everything here touches the browser;
// the logic worth testing lives in the pure modules (app.js, outbox.js, idle.js, backoff.js, i18n.js).

import { transition, initialState, Screen, IN_FLOW, ratingBody, complaintBody } from './app.js';
import { createApi } from './api.js';
import { createOutbox, Outcome } from './outbox.js';
import { idbStore } from './idb-store.js';
import { createIdleTimer } from './idle.js';
import { createI18n } from './i18n.js';
import { uuid } from './uuid.js';
import { h } from './dom.js';
import { pairScreen, loadingScreen } from './screens/pair.js';
import { startScreen } from './screens/start.js';
import { rateScreen } from './screens/rate.js';
import { reasonsScreen, filingScreen, filedScreen } from './screens/reasons.js';
import { criteriaScreen, thanksScreen } from './screens/criteria.js';

const LS_TOKEN = 'hailong.kiosk.token';
const LS_CONFIG = 'hailong.kiosk.config.';
const LS_MESSAGES = 'hailong.kiosk.messages.';
const LS_REJECTED = 'hailong.kiosk.rejected';
const DEFAULT_LANG = 'vi';
const FLUSH_EVERY_MS = 5000;

const root = document.getElementById('app');
const api = createApi({ getToken: () => localStorage.getItem(LS_TOKEN) });

let lang = DEFAULT_LANG;
let config = null;
let t = createI18n(lang, readJson(LS_MESSAGES + lang) || {});
let state = initialState({ paired: Boolean(localStorage.getItem(LS_TOKEN)) });
let ui = {};
let pending = 0;
let outbox = null;
let heartbeatTimer = null;

const idle = createIdleTimer({ timeoutMs: 45000, onIdle: () => dispatch({ type: 'RESET' }) });

function readJson(key) {
  try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (_) { return null; }
}

// ---- rendering ---------------------------------------------------------------------------------------------

function setUi(patch) {
  ui = { ...ui, ...patch };
  render();
}

function formatDate(iso) {
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));
  } catch (_) { return iso; }
}

function header() {
  const other = lang === 'vi' ? 'en' : 'vi';
  return h('header', { class: 'topbar' },
    h('div', { class: 'unit-name', 'data-testid': 'unit-name' }, config?.unit?.name ?? t('kiosk.title')),
    state.screen === Screen.PAIR || state.screen === Screen.LOADING ? null
      : h('button', { type: 'button', class: 'lang-switch', lang: other, 'data-testid': 'lang-switch', onTap: () => switchLanguage(other) },
        t('kiosk.lang.switch')));
}

function pendingText() {
  const rejected = outbox ? outbox.rejectedCount() : 0;
  return [pending ? t('kiosk.pending', pending) : null, rejected ? t('kiosk.rejected', rejected) : null].filter(Boolean).join(' · ');
}

function pendingBadge() {
  const text = pendingText();
  return h('div', { class: `pending ${text ? '' : 'pending-zero'}`, 'data-testid': 'pending-count', 'data-count': pending,
    'data-rejected': outbox ? outbox.rejectedCount() : 0, 'aria-hidden': 'true' }, text);
}

function screenFor() {
  const ctx = { state, config, t, dispatch, ui, setUi, onScore, onPair: pair, formatDate };
  switch (state.screen) {
    case Screen.PAIR: return pairScreen(ctx);
    case Screen.LOADING: return loadingScreen(ctx);
    case Screen.START: return startScreen(ctx);
    case Screen.RATE: return rateScreen(ctx);
    case Screen.REASONS: return reasonsScreen(ctx);
    case Screen.FILING: return filingScreen(ctx);
    case Screen.FILED: return filedScreen(ctx);
    case Screen.CRITERIA: return criteriaScreen(ctx);
    case Screen.THANKS: return thanksScreen(ctx);
    default: return loadingScreen(ctx);
  }
}

function render() {
  document.documentElement.lang = lang;
  document.title = t('kiosk.title');
  // Rebuilt from scratch every time: nothing a previous citizen typed survives in the DOM.
  root.replaceChildren(header(), h('main', { class: 'stage' }, screenFor()), pendingBadge());
  root.dataset.screen = state.screen;
}

// ---- state machine and effects -----------------------------------------------------------------------------

function dispatch(event, { silent = false } = {}) {
  const before = state.screen;
  const result = transition(state, event, config);
  // the next citizen starts in Vietnamese again
  if (event.type === 'RESET' && lang !== DEFAULT_LANG) switchLanguage(DEFAULT_LANG);
  state = result.state;
  if (before !== state.screen) ui = {};
  for (const effect of result.effects) runEffect(effect, state).catch((e) => console.error('effect failed', effect.type, e));
  armTimers(before);
  if (!silent || before !== state.screen) render();
}

function armTimers(before) {
  if (state.screen === Screen.THANKS) {
    idle.arm((config?.settings?.thanksSeconds ?? 6) * 1000);
  } else if (IN_FLOW.has(state.screen)) {
    if (before !== state.screen || !idle.running) idle.arm((config?.settings?.idleSeconds ?? 45) * 1000);
  } else if (state.screen === Screen.START) {
    const sel = state.selection;
    const dirty = sel.dossierCode || sel.officerCode !== defaultOfficer() || lang !== DEFAULT_LANG;
    if (dirty) idle.arm((config?.settings?.idleSeconds ?? 45) * 1000); else idle.stop();
  } else {
    idle.stop();
  }
}

function defaultOfficer() {
  return transition(initialState({ paired: true }), { type: 'CONFIG_LOADED' }, config).state.selection.officerCode;
}

async function runEffect(effect, s) {
  // an effect may carry the session it is about (RESET has already forgotten it in the new state)
  const session = effect.session ?? s.session;
  switch (effect.type) {
    case 'saveDraft': {
      const body = ratingBody(session);
      if (!(await outbox.update(session.key, body))) {
        await outbox.add({ key: session.key, kind: 'rating', body, ready: false });
      }
      break;
    }
    case 'finalizeRating': {
      if (!session) break;
      const body = ratingBody(session);
      if (!(await outbox.update(session.key, body))) await outbox.add({ key: session.key, kind: 'rating', body, ready: false });
      await outbox.markReady(session.key);
      outbox.flush();
      break;
    }
    case 'fileComplaint': {
      const key = uuid();
      const labels = Object.fromEntries((config.reasons || []).map((r) => [r.code, r.label]));
      await outbox.add({ key, kind: 'complaint', body: complaintBody(session, (c) => labels[c] ?? c) });
      const timeout = new Promise((resolve) => setTimeout(() => resolve({ outcome: Outcome.RETRY }), 8000));
      const result = await Promise.race([outbox.sendNow(key), timeout]);
      const ok = result.outcome === Outcome.ACKED && result.body;
      dispatch({ type: 'COMPLAINT_RESULT', trackingCode: ok ? result.body.trackingCode : null, dueAt: ok ? result.body.dueAt : null,
        rejected: result.outcome === Outcome.REJECTED });
      break;
    }
    case 'loadConfig':
      await loadConfig();
      break;
    default:
      break;
  }
}

function onScore(score) {
  dispatch({ type: 'SCORE', score, key: uuid(), at: localIsoNow() });
}

/** The device's time with its offset, e.g. 2026-11-23T09:15:00.123+07:00 (the server checks it is not in the future). */
function localIsoNow() {
  const d = new Date();
  const off = -d.getTimezoneOffset();
  const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
    + `${off >= 0 ? '+' : '-'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

// ---- pairing, configuration, language -----------------------------------------------------------------------

async function pair(code) {
  try {
    const res = await api.pair(code.trim());
    if (res.status === 200 || res.status === 201) {
      localStorage.setItem(LS_TOKEN, res.body.token);
      history.replaceState(null, '', location.pathname);
      dispatch({ type: 'PAIRED' });
    } else {
      dispatch({ type: 'PAIR_FAILED', error: 'kiosk.pair.failed' });
    }
  } catch (_) {
    dispatch({ type: 'PAIR_FAILED', error: 'kiosk.pair.offline' });
  }
}

async function fetchConfig(forLang) {
  try {
    const res = await api.config(forLang);
    if (res.status === 200) {
      localStorage.setItem(LS_CONFIG + forLang, JSON.stringify(res.body));
      localStorage.setItem(LS_MESSAGES + forLang, JSON.stringify(res.body.messages || {}));
      return res.body;
    }
    if (res.status === 401) {
      // the token was revoked: pair again (the outbox keeps what it holds until a new token can send it)
      localStorage.removeItem(LS_TOKEN);
      dispatch({ type: 'UNPAIRED' });
      return null;
    }
  } catch (_) { /* offline: use the cached copy */ }
  return readJson(LS_CONFIG + forLang);
}

async function loadConfig() {
  const loaded = await fetchConfig(lang);
  if (state.screen === Screen.PAIR) return;
  if (!loaded) {
    setTimeout(loadConfig, 5000);
    return;
  }
  applyConfig(loaded);
  dispatch({ type: 'CONFIG_LOADED' });
  startHeartbeat();
}

function applyConfig(c) {
  config = c;
  t = createI18n(lang, c.messages || {});
}

async function switchLanguage(next) {
  lang = next;
  const c = await fetchConfig(next);
  if (c) applyConfig(c); else t = createI18n(lang, readJson(LS_MESSAGES + lang) || {});
  render();
}

async function loadPairMessages() {
  try {
    const res = await api.messages(lang);
    if (res.status === 200) {
      localStorage.setItem(LS_MESSAGES + lang, JSON.stringify(res.body.messages || {}));
      t = createI18n(lang, res.body.messages || {});
      render();
    }
  } catch (_) { /* fallback texts */ }
}

function startHeartbeat() {
  if (heartbeatTimer) return;
  const beat = () => api.heartbeat(pending).catch(() => {});
  beat();
  heartbeatTimer = setInterval(beat, (config?.settings?.heartbeatSeconds ?? 60) * 1000);
}

// ---- boot --------------------------------------------------------------------------------------------------

async function boot() {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {});
  }
  outbox = createOutbox({ store: await idbStore(), send: (item) => api.send(item), tally: rejectedTally(),
    onChange: (n) => { pending = n; updatePending(); } });
  await outbox.purgeRejected();
  await outbox.readyAllDrafts();
  pending = await outbox.pendingCount();

  document.addEventListener('pointerdown', () => idle.poke(), { capture: true, passive: true });
  document.addEventListener('keydown', () => idle.poke(), { capture: true, passive: true });
  document.addEventListener('contextmenu', (e) => e.preventDefault());
  window.addEventListener('online', () => outbox.flush());
  setInterval(() => outbox.flush(), FLUSH_EVERY_MS);
  outbox.flush();

  window.addEventListener('hashchange', () => {
    const m = /#pair=([0-9]+)/.exec(location.hash);
    if (m) pair(m[1]);
  });
  const match = /#pair=([0-9]+)/.exec(location.hash);
  render();
  if (match) {
    await pair(match[1]);
  } else if (state.screen === Screen.LOADING) {
    await loadConfig();
  } else {
    await loadPairMessages();
  }
}

/** How many submissions the server refused for good on this device: a number only, never what they said. */
function rejectedTally() {
  const get = () => Number(localStorage.getItem(LS_REJECTED)) || 0;
  return { get, add: (n) => localStorage.setItem(LS_REJECTED, String(get() + n)) };
}

function updatePending() {
  const el = root.querySelector('[data-testid="pending-count"]');
  if (!el) return;
  const text = pendingText();
  el.dataset.count = String(pending);
  el.dataset.rejected = String(outbox.rejectedCount());
  el.textContent = text;
  el.classList.toggle('pending-zero', !text);
}

// for browser tests and staff diagnostics: how many items wait in the outbox, how many were refused
window.hailongKiosk = {
  pendingCount: () => outbox.pendingCount(), rejectedCount: () => outbox.rejectedCount(),
  storedItems: () => outbox.items(), flush: () => outbox.flush(),
};

boot();
