import { h } from '../dom.js';
import { faceButtons } from './rate.js';

export function criteriaScreen({ state, config, t, dispatch }) {
  const criteria = (config.criteria || []).slice(0, 3);
  const i = state.session.criterionIndex;
  const c = criteria[i];
  return h('section', { class: 'screen screen-criteria', 'data-screen': 'criteria' },
    h('p', { class: 'progress' }, t('kiosk.criteria.heading'), ' · ', t('kiosk.criteria.progress', i + 1, criteria.length)),
    h('h1', { class: 'criterion-text', 'data-testid': 'criterion-text' }, c.text),
    faceButtons({ t, compact: true, prefix: 'answer', onScore: (score) => dispatch({ type: 'ANSWER', criterion: c.code, score }) }),
    h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'skip', onTap: () => dispatch({ type: 'SKIP' }) },
      t('kiosk.criteria.skip')));
}

export function thanksScreen({ t }) {
  return h('section', { class: 'screen screen-thanks', 'data-screen': 'thanks' },
    h('div', { class: 'thanks-mark', 'aria-hidden': 'true' }, '✓'),
    h('h1', {}, t('kiosk.thanks.heading')),
    h('p', { class: 'lead' }, t('kiosk.thanks.body')));
}
