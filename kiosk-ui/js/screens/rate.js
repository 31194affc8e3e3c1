import { h } from '../dom.js';
import { faceSvg } from '../faces.js';

export const SCORES = [5, 4, 3, 2, 1];

export function faceButtons({ t, onScore, compact = false, prefix = 'face' }) {
  return h('div', { class: `faces ${compact ? 'faces-compact' : ''}`, role: 'group' }, SCORES.map((score) =>
    h('button', { type: 'button', class: `face face-${score}`, 'data-testid': `${prefix}-${score}`, 'data-score': score,
      onTap: () => onScore(score) },
    h('span', { class: 'face-img', html: faceSvg(score) }),
    h('span', { class: 'face-label' }, t(`kiosk.scale.${score}`)))));
}

export function rateScreen({ t, dispatch, onScore }) {
  return h('section', { class: 'screen screen-rate', 'data-screen': 'rate' },
    h('h1', {}, t('kiosk.rate.question')),
    faceButtons({ t, onScore }),
    h('button', { type: 'button', class: 'btn btn-secondary btn-back', 'data-testid': 'back',
      onTap: () => dispatch({ type: 'BACK' }) }, t('kiosk.back')));
}
