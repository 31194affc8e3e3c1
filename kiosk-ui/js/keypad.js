// On-screen keypad (touch only): digits for phone numbers and pairing codes, digits + letters for dossier codes.
import { h } from './dom.js';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/**
 * @param {object} o
 * @param {string} o.value       current text
 * @param {'digits'|'code'} o.kind
 * @param {boolean} o.letters    show the letter page (kind 'code')
 * @param {number} o.max         maximum length
 * @param {(v:string)=>void} o.onChange
 * @param {()=>void} o.onToggleLetters
 * @param t                      message lookup
 */
export function keypad({ value, kind, letters = false, max = 40, onChange, onToggleLetters, t }) {
  const add = (ch) => () => { if (value.length < max) onChange(value + ch); };
  const key = (label, fn, cls = '', testid = null) =>
    h('button', { type: 'button', class: `key ${cls}`, onTap: fn, 'data-testid': testid }, label);
  const keys = [];
  if (kind === 'code' && letters) {
    for (const l of LETTERS) keys.push(key(l, add(l), '', `key-${l}`));
    keys.push(key('-', add('-'), '', 'key-dash'));
    keys.push(key('.', add('.'), '', 'key-dot'));
  } else {
    for (const d of DIGITS) keys.push(key(d, add(d), '', `key-${d}`));
    if (kind === 'code') keys.push(key('-', add('-'), '', 'key-dash'));
    else keys.push(key(t('kiosk.keypad.clear'), () => onChange(''), 'key-small', 'key-clear'));
    keys.push(key('0', add('0'), '', 'key-0'));
    keys.push(key('⌫', () => onChange(value.slice(0, -1)), 'key-back', 'key-back'));
  }
  const grid = h('div', { class: `keypad ${letters ? 'keypad-letters' : ''}` }, keys);
  const extra = [];
  if (kind === 'code') {
    extra.push(h('div', { class: 'keypad-row' },
      key(letters ? t('kiosk.keypad.digits') : t('kiosk.keypad.letters'), onToggleLetters, 'key-small', 'key-toggle'),
      letters ? key('⌫', () => onChange(value.slice(0, -1)), 'key-small key-back', 'key-back-letters') : null,
      key(t('kiosk.keypad.clear'), () => onChange(''), 'key-small', 'key-clear')));
  }
  return h('div', { class: 'keypad-wrap' }, grid, extra);
}
