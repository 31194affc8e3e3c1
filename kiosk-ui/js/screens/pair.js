import { h } from '../dom.js';
import { keypad } from '../keypad.js';

export function pairScreen({ t, ui, setUi, onPair, state }) {
  const code = ui.pairCode || '';
  return h('section', { class: 'screen screen-pair pad-layout', 'data-screen': 'pair' },
    h('div', { class: 'pad-head' },
      h('h1', {}, t('kiosk.pair.title')),
      h('p', { class: 'lead' }, t('kiosk.pair.hint'))),
    h('div', { class: 'pad-display' },
      h('output', { class: 'code-display', 'data-testid': 'pair-code' }, code || '\u00a0'),
      state.error ? h('p', { class: 'error', role: 'alert', 'data-testid': 'pair-error' }, t(state.error)) : null),
    keypad({ value: code, kind: 'digits', max: 8, t,
      onChange: (v) => setUi({ pairCode: v }), onToggleLetters: () => setUi({ letters: !ui.letters }) }),
    h('div', { class: 'pad-actions' },
      h('button', { type: 'button', class: 'btn btn-primary', disabled: code.length < 8 ? true : null,
        'data-testid': 'pair-submit', onTap: () => onPair(code) }, t('kiosk.pair.submit'))));
}

export function loadingScreen({ t }) {
  return h('section', { class: 'screen screen-loading', 'data-screen': 'loading' },
    h('p', { class: 'lead' }, t('kiosk.loading')));
}
