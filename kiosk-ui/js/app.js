// The kiosk's state machine, pure: transition(state, event, config) -> { state, effects }.
// main.js renders state.screen and carries out the effects (outbox writes, complaint filing, timers).
//
//   pair -> loading -> start -> rate --(score >= 4)--> criteria? -> thanks -> start
//                                    \--(score <= 3)--> reasons --(file)--> filing -> filed -> criteria? -> thanks
//                                                               \--(rating only)---------------> criteria? -> thanks
//   RESET (idle or after the thank-you pause) returns to start from anywhere and forgets the citizen's input.

export const Screen = Object.freeze({
  PAIR: 'pair', LOADING: 'loading', START: 'start', RATE: 'rate', REASONS: 'reasons',
  FILING: 'filing', FILED: 'filed', CRITERIA: 'criteria', THANKS: 'thanks',
});

/** Screens where a citizen is in the middle of something: the idle timer resets these. */
export const IN_FLOW = new Set([Screen.RATE, Screen.REASONS, Screen.FILED, Screen.CRITERIA]);

export const UNHAPPY_MAX = 3;
export const NEUTRAL = 3;
export const MAX_CRITERIA = 3;

export function initialState({ paired }) {
  return { screen: paired ? Screen.LOADING : Screen.PAIR, selection: emptySelection(null), session: null, error: null };
}

function emptySelection(config) {
  const counterCode = config?.boundCounterCode ?? null;
  let officerCode = config?.boundOfficerCode ?? null;
  if (!officerCode && counterCode) {
    // a kiosk bound to a counter where exactly one officer sits rates that officer by default
    const atCounter = (config?.officers ?? []).filter((o) => o.counterCode === counterCode);
    if (atCounter.length === 1) officerCode = atCounter[0].code;
  }
  return { counterCode, officerCode, dossierCode: null };
}

function criteriaOf(config) {
  return (config?.criteria ?? []).slice(0, MAX_CRITERIA);
}

/** The question over the reasons: a neutral "Bình thường" is asked what to improve, not what went wrong. */
export function reasonsHeadingKey(score) {
  return score === NEUTRAL ? 'kiosk.reasons.heading.neutral' : 'kiosk.reasons.heading';
}

/** The rating as sent to POST /api/v1/ratings (kiosk token: the unit is implied). */
export function ratingBody(session) {
  const body = { score: session.score, channel: 'KIOSK', submittedAt: session.submittedAt };
  if (session.counterCode) body.counterCode = session.counterCode;
  if (session.officerCode) body.officerCode = session.officerCode;
  if (session.dossierCode) body.dossierCode = session.dossierCode;
  if (session.reasons.length) body.reasons = [...session.reasons];
  if (session.comment.trim()) body.comment = session.comment.trim();
  if (Object.keys(session.answers).length) body.answers = { ...session.answers };
  return body;
}

/** The complaint as sent to POST /api/v1/complaints. */
export function complaintBody(session, reasonLabel = (c) => c) {
  const parts = [];
  if (session.reasons.length) parts.push(session.reasons.map(reasonLabel).join(', '));
  if (session.comment.trim()) parts.push(session.comment.trim());
  const body = { kind: 'PHAN_ANH', channel: 'KIOSK', text: parts.join(' — ') || reasonLabel('OTHER') };
  if (session.phone) body.phone = session.phone;
  if (session.dossierCode) body.dossierCode = session.dossierCode;
  return body;
}

function afterRating(state, config, effects) {
  const criteria = criteriaOf(config);
  if (criteria.length > 0) {
    return { state: { ...state, screen: Screen.CRITERIA, session: { ...state.session, criterionIndex: 0 } }, effects };
  }
  return thanks(state, effects);
}

function thanks(state, effects) {
  return { state: { ...state, screen: Screen.THANKS }, effects: [...effects, { type: 'finalizeRating' }] };
}

export function transition(state, event, config) {
  const s = state.session;
  switch (event.type) {
    case 'UNPAIRED':
      return { state: initialState({ paired: false }), effects: [] };
    case 'PAIRED':
      return { state: { ...state, screen: Screen.LOADING, error: null }, effects: [{ type: 'loadConfig' }] };
    case 'PAIR_FAILED':
      return { state: { ...state, screen: Screen.PAIR, error: event.error }, effects: [] };
    case 'CONFIG_LOADED':
      return { state: { ...state, screen: Screen.START, selection: emptySelection(config), session: null, error: null }, effects: [] };

    case 'SELECT_OFFICER': {
      if (state.screen !== Screen.START) break;
      const officer = (config?.officers ?? []).find((o) => o.code === event.code);
      const counterCode = officer?.counterCode ?? state.selection.counterCode;
      return { state: { ...state, selection: { ...state.selection, officerCode: event.code, counterCode } }, effects: [] };
    }
    case 'SELECT_COUNTER':
      if (state.screen !== Screen.START) break;
      return { state: { ...state, selection: { ...state.selection, counterCode: event.code, officerCode: null } }, effects: [] };
    case 'SET_DOSSIER':
      if (state.screen !== Screen.START) break;
      return { state: { ...state, selection: { ...state.selection, dossierCode: event.code || null } }, effects: [] };

    case 'BEGIN':
      if (state.screen !== Screen.START) break;
      return { state: { ...state, screen: Screen.RATE }, effects: [] };
    case 'BACK':
      if (state.screen === Screen.RATE) return { state: { ...state, screen: Screen.START }, effects: [] };
      break;

    case 'SCORE': {
      if (state.screen !== Screen.RATE) break;
      const session = {
        key: event.key, submittedAt: event.at, score: event.score,
        counterCode: state.selection.counterCode, officerCode: state.selection.officerCode,
        dossierCode: state.selection.dossierCode,
        reasons: [], comment: '', phone: '', answers: {}, criterionIndex: 0, complaint: null,
      };
      const next = { ...state, session };
      const effects = [{ type: 'saveDraft' }];
      if (event.score <= UNHAPPY_MAX) return { state: { ...next, screen: Screen.REASONS }, effects };
      return afterRating(next, config, effects);
    }

    case 'TOGGLE_REASON': {
      if (state.screen !== Screen.REASONS) break;
      const reasons = s.reasons.includes(event.code) ? s.reasons.filter((r) => r !== event.code) : [...s.reasons, event.code];
      return { state: { ...state, session: { ...s, reasons } }, effects: [] };
    }
    case 'SET_COMMENT':
      if (state.screen !== Screen.REASONS) break;
      return { state: { ...state, session: { ...s, comment: String(event.text ?? '').slice(0, 2000) } }, effects: [] };
    case 'SET_PHONE':
      if (state.screen !== Screen.REASONS) break;
      return { state: { ...state, session: { ...s, phone: String(event.phone ?? '').replace(/[^0-9+]/g, '').slice(0, 15) } }, effects: [] };
    case 'RATING_ONLY':
      if (state.screen !== Screen.REASONS) break;
      return afterRating(state, config, [{ type: 'saveDraft' }]);
    case 'FILE_COMPLAINT':
      if (state.screen !== Screen.REASONS) break;
      return { state: { ...state, screen: Screen.FILING }, effects: [{ type: 'saveDraft' }, { type: 'fileComplaint' }] };
    case 'COMPLAINT_RESULT':
      if (state.screen !== Screen.FILING) break;
      return {
        state: { ...state, screen: Screen.FILED, session: { ...s, phone: '', complaint: { trackingCode: event.trackingCode ?? null, dueAt: event.dueAt ?? null, rejected: Boolean(event.rejected) } } },
        effects: [],
      };
    case 'CONTINUE':
      if (state.screen !== Screen.FILED) break;
      return afterRating(state, config, []);

    case 'ANSWER': {
      if (state.screen !== Screen.CRITERIA) break;
      const criteria = criteriaOf(config);
      const answers = { ...s.answers, [event.criterion]: event.score };
      const criterionIndex = s.criterionIndex + 1;
      const next = { ...state, session: { ...s, answers, criterionIndex } };
      if (criterionIndex >= criteria.length) return thanks(next, [{ type: 'saveDraft' }]);
      return { state: next, effects: [{ type: 'saveDraft' }] };
    }
    case 'SKIP':
      if (state.screen !== Screen.CRITERIA) break;
      return thanks(state, []);

    case 'RESET': {
      // the new state forgets the session, so the effect carries the abandoned one (with what the citizen typed)
      const effects = s && state.screen !== Screen.THANKS ? [{ type: 'finalizeRating', session: s }] : [];
      return { state: { ...state, screen: Screen.START, selection: emptySelection(config), session: null, error: null }, effects };
    }
    default:
      break;
  }
  return { state, effects: [] };
}
