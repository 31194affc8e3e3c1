import { h } from '../dom.js';
import { keypad } from '../keypad.js';
import { isPlausibleMobile } from '../phone.js';
import { reasonsHeadingKey } from '../app.js';

function maskedPhone(phone) {
  return phone.replace(/(\d{4})(\d{3})(\d+)/, '$1 $2 $3');
}

export function reasonsScreen({ state, config, t, dispatch, ui, setUi }) {
  const s = state.session;
  const reasons = config.reasons || [];
  const screen = h('section', { class: 'screen screen-reasons', 'data-screen': 'reasons' },
    h('h1', {}, t(reasonsHeadingKey(s.score))),
    h('div', { class: 'reasons-body' },
      h('div', { class: 'chips' }, reasons.map((r) => {
        const on = s.reasons.includes(r.code);
        return h('button', { type: 'button', class: `chip ${on ? 'on' : ''}`, 'aria-pressed': String(on),
          'data-testid': `reason-${r.code}`, onTap: () => dispatch({ type: 'TOGGLE_REASON', code: r.code }) },
        h('span', { class: 'chip-check', 'aria-hidden': 'true' }, on ? '✓' : ''), r.label);
      })),
      h('div', { class: 'fields' },
        h('label', { class: 'field' },
          h('span', { class: 'field-label' }, t('kiosk.reasons.comment')),
          h('textarea', { rows: 2, maxlength: 2000, 'data-testid': 'comment', autocomplete: 'off',
            onInput: (e) => dispatch({ type: 'SET_COMMENT', text: e.target.value }, { silent: true }) })),
        h('div', { class: 'field' },
          h('span', { class: 'field-label' }, t('kiosk.reasons.phone')),
          h('button', { type: 'button', class: 'phone-display', 'data-testid': 'phone-open',
            onTap: () => setUi({ phonePad: true, phoneDraft: s.phone }) }, s.phone ? maskedPhone(s.phone) : t('kiosk.reasons.phoneTap'))))),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'rating-only',
        onTap: () => dispatch({ type: 'RATING_ONLY' }) }, t('kiosk.reasons.skip')),
      h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'file-complaint',
        onTap: () => dispatch({ type: 'FILE_COMPLAINT' }) }, t('kiosk.reasons.complain'))));
  // the textarea keeps its value across re-renders of the same session (set after creation, never in markup)
  screen.querySelector('textarea').value = s.comment;
  if (ui.phonePad) {
    screen.append(h('div', { class: 'overlay', role: 'dialog', 'aria-modal': 'true' },
      h('div', { class: 'overlay-panel pad-layout' },
        h('h2', { class: 'pad-head' }, t('kiosk.reasons.phone')),
        h('div', { class: 'pad-display' },
          h('output', { class: 'code-display', 'data-testid': 'phone-display' }, ui.phoneDraft ? maskedPhone(ui.phoneDraft) : '\u00a0'),
          ui.phoneInvalid ? h('p', { class: 'pad-error', role: 'alert', 'data-testid': 'phone-error' }, t('kiosk.reasons.phoneInvalid')) : null),
        keypad({ value: ui.phoneDraft || '', kind: 'digits', max: 11, t, onChange: (v) => setUi({ phoneDraft: v, phoneInvalid: false }) }),
        h('div', { class: 'button-row pad-actions' },
          h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'phone-cancel', onTap: () => setUi({ phonePad: false, phoneDraft: '', phoneInvalid: false }) }, t('kiosk.cancel')),
          h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'phone-ok', onTap: () => {
            // a number the server would refuse would cost the citizen the whole complaint once they have left
            if (ui.phoneDraft && !isPlausibleMobile(ui.phoneDraft)) {
              setUi({ phoneInvalid: true });
              return;
            }
            dispatch({ type: 'SET_PHONE', phone: ui.phoneDraft });
            setUi({ phonePad: false, phoneDraft: '', phoneInvalid: false });
          } }, t('kiosk.keypad.ok'))))));
  }
  return screen;
}

export function filingScreen({ t }) {
  return h('section', { class: 'screen screen-filing', 'data-screen': 'filing' }, h('p', { class: 'lead' }, t('kiosk.filing')));
}

/** What the citizen learns about the complaint: its tracking code, that it waits on the device, or that it was refused. */
function complaintOutcome(c, t, formatDate) {
  if (c.rejected) return h('p', { class: 'lead', 'data-testid': 'complaint-rejected' }, t('kiosk.filed.rejectedHint'));
  if (!c.trackingCode) return h('p', { class: 'lead', 'data-testid': 'complaint-queued' }, t('kiosk.filed.queued'));
  return [h('div', { class: 'tracking-label' }, t('kiosk.filed.code')),
    h('div', { class: 'tracking-code', 'data-testid': 'tracking-code' }, c.trackingCode),
    c.dueAt ? h('p', { class: 'lead' }, t('kiosk.filed.due', formatDate(c.dueAt))) : null,
    h('p', { class: 'hint' }, t('kiosk.filed.hint'))];
}

export function filedScreen({ state, t, dispatch, formatDate }) {
  const c = state.session.complaint || {};
  return h('section', { class: 'screen screen-filed', 'data-screen': 'filed' },
    h('h1', {}, t(c.rejected ? 'kiosk.filed.rejected' : 'kiosk.filed.heading')),
    complaintOutcome(c, t, formatDate),
    h('button', { type: 'button', class: 'btn btn-primary btn-huge', 'data-testid': 'continue',
      onTap: () => dispatch({ type: 'CONTINUE' }) }, t('kiosk.filed.continue')));
}
