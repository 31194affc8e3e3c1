// Five faces drawn as SVG (no emoji font needed on a kiosk), each with its own colour and mouth, so that they
// differ in shape as well as colour for colour-blind citizens.

export const FACE_COLORS = Object.freeze({ 5: '#0b7a3e', 4: '#4c9a2a', 3: '#c98a00', 2: '#d35400', 1: '#c0262d' });

const MOUTHS = {
  5: '<path d="M30 58 Q50 82 70 58 Z" fill="#1a1a1a"/>',
  4: '<path d="M32 60 Q50 74 68 60" fill="none" stroke="#1a1a1a" stroke-width="5" stroke-linecap="round"/>',
  3: '<path d="M33 64 L67 64" fill="none" stroke="#1a1a1a" stroke-width="5" stroke-linecap="round"/>',
  2: '<path d="M32 68 Q50 56 68 68" fill="none" stroke="#1a1a1a" stroke-width="5" stroke-linecap="round"/>',
  1: '<path d="M30 72 Q50 50 70 72" fill="none" stroke="#1a1a1a" stroke-width="6" stroke-linecap="round"/>',
};

const BROWS = {
  1: '<path d="M26 30 L42 36 M74 30 L58 36" stroke="#1a1a1a" stroke-width="4" stroke-linecap="round"/>',
  2: '<path d="M28 33 L42 35 M72 33 L58 35" stroke="#1a1a1a" stroke-width="4" stroke-linecap="round"/>',
};

export function faceSvg(score) {
  return `<svg class="face-svg" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
    <circle cx="50" cy="50" r="46" fill="${FACE_COLORS[score]}" stroke="#1a1a1a" stroke-width="3"/>
    <circle cx="50" cy="50" r="40" fill="#ffe27a"/>
    ${BROWS[score] || ''}
    <circle cx="36" cy="42" r="5.5" fill="#1a1a1a"/><circle cx="64" cy="42" r="5.5" fill="#1a1a1a"/>
    ${MOUTHS[score]}
  </svg>`;
}
