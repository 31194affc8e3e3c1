import { h } from '../dom.js';
import { initials } from '../i18n.js';
import { keypad } from '../keypad.js';

export function avatar(officer, cls = '') {
  if (officer?.photoUrl) {
    return h('img', { class: `avatar ${cls}`, src: officer.photoUrl, alt: '' });
  }
  return h('span', { class: `avatar ${cls}`, 'aria-hidden': 'true' }, officer?.initials || initials(officer?.fullName));
}

function counterName(config, code) {
  return (config.counters || []).find((c) => c.code === code)?.name ?? null;
}

export function startScreen({ state, config, t, dispatch, ui, setUi }) {
  const sel = state.selection;
  const officer = (config.officers || []).find((o) => o.code === sel.officerCode);
  const bound = Boolean(config.boundOfficerCode || config.boundCounterCode);
  const children = [h('h1', {}, t('kiosk.start.heading'))];

  // Choose who served you: the officers of the bound counter first, otherwise of the whole unit.
  const all = config.officers || [];
  const atCounter = config.boundCounterCode ? all.filter((o) => o.counterCode === config.boundCounterCode) : [];
  const list = config.boundOfficerCode ? [] : (atCounter.length ? atCounter : all);
  const choosing = list.length > 1 || (!officer && list.length > 0);

  if (officer && !choosing) {
    children.push(h('div', { class: 'officer-card', 'data-testid': 'officer-card' },
      avatar(officer, 'avatar-large'),
      h('div', { class: 'officer-text' },
        h('div', { class: 'officer-label' }, t('kiosk.start.officer')),
        h('div', { class: 'officer-name', 'data-testid': 'officer-name' }, officer.fullName),
        officer.title ? h('div', { class: 'officer-title' }, officer.title) : null,
        sel.counterCode ? h('div', { class: 'officer-counter' }, counterName(config, sel.counterCode) ?? sel.counterCode) : null)));
  } else if (!officer && sel.counterCode && !choosing) {
    children.push(h('div', { class: 'officer-card', 'data-testid': 'counter-card' },
      h('div', { class: 'officer-text' },
        h('div', { class: 'officer-label' }, t('kiosk.start.counter')),
        h('div', { class: 'officer-name' }, counterName(config, sel.counterCode) ?? sel.counterCode))));
  }

  if (choosing) {
    // the list scrolls inside the screen when it is long; the heading and the actions stay in view
    const counter = sel.counterCode ? counterName(config, sel.counterCode) : null;
    children.push(h('p', { class: 'lead' }, t('kiosk.start.choose'),
      counter ? [h('br'), h('span', { class: 'hint', 'data-testid': 'counter-name' }, counter)] : null));
    children.push(h('div', { class: 'choice-list', 'data-testid': 'officer-list' }, h('div', { class: 'officer-grid' }, list.map((o) =>
      h('button', { type: 'button', class: `officer-choice ${o.code === sel.officerCode ? 'selected' : ''}`,
        'aria-pressed': String(o.code === sel.officerCode), 'data-testid': `officer-${o.code}`,
        onTap: () => dispatch({ type: 'SELECT_OFFICER', code: o.code }) },
      avatar(o),
      h('span', { class: 'officer-choice-text' },
        h('span', { class: 'officer-choice-name' }, o.fullName),
        o.title ? h('span', { class: 'officer-choice-title' }, o.title) : null))))));
  } else if (!bound && !all.length && (config.counters || []).length) {
    children.push(h('div', { class: 'choice-list' }, h('div', { class: 'officer-grid' }, config.counters.map((c) =>
      h('button', { type: 'button', class: `officer-choice ${c.code === sel.counterCode ? 'selected' : ''}`,
        'data-testid': `counter-${c.code}`, onTap: () => dispatch({ type: 'SELECT_COUNTER', code: c.code }) }, c.name)))));
  }

  children.push(h('div', { class: 'actions actions-start' },
    h('button', { type: 'button', class: 'btn btn-primary btn-huge', 'data-testid': 'begin',
      onTap: () => dispatch({ type: 'BEGIN' }) }, t('kiosk.start.begin')),
    h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'dossier-open',
      onTap: () => setUi({ dossierPad: true, dossierDraft: sel.dossierCode || '' }) },
    sel.dossierCode ? t('kiosk.start.dossierSet', sel.dossierCode) : t('kiosk.start.dossier'))));

  const screen = h('section', { class: 'screen screen-start', 'data-screen': 'start' }, children);
  if (ui.dossierPad) {
    screen.append(h('div', { class: 'overlay', role: 'dialog', 'aria-modal': 'true' },
      h('div', { class: 'overlay-panel pad-layout' },
        h('h2', { class: 'pad-head' }, t('kiosk.start.dossierTitle')),
        h('output', { class: 'code-display', 'data-testid': 'dossier-display' }, ui.dossierDraft || '\u00a0'),
        keypad({ value: ui.dossierDraft || '', kind: 'code', letters: ui.letters, max: 40, t,
          onChange: (v) => setUi({ dossierDraft: v }), onToggleLetters: () => setUi({ letters: !ui.letters }) }),
        h('div', { class: 'button-row pad-actions' },
          h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'dossier-cancel', onTap: () => setUi({ dossierPad: false, dossierDraft: '' }) }, t('kiosk.cancel')),
          h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'dossier-ok', onTap: () => {
            dispatch({ type: 'SET_DOSSIER', code: ui.dossierDraft });
            setUi({ dossierPad: false, dossierDraft: '' });
          } }, t('kiosk.keypad.ok'))))));
  }
  return screen;
}
