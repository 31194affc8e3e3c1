// What a citizen could not reach or read on the kiosk screen now shown; run in the page by KioskScreensCrawlBrowserIT.
// arguments[0]: test ids of the screen's main actions, which must be visible without any scrolling.
// Returns a list of problems (empty when the screen is fine).
return (function (primary) {
  const problems = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const doc = document.documentElement;
  const MIN_TOUCH = 96;
  const name = (el) => el.getAttribute('data-testid') || (el.textContent || '').trim().slice(0, 40) || el.tagName;
  const inViewport = (r) => r.left >= -0.5 && r.top >= -0.5 && r.right <= vw + 0.5 && r.bottom <= vh + 0.5;
  const scrollAncestor = (el) => {
    for (let p = el.parentElement; p && p !== document.body && p !== doc; p = p.parentElement) {
      if (getComputedStyle(p).position === "fixed") return null;
      const oy = getComputedStyle(p).overflowY;
      if ((oy === 'auto' || oy === 'scroll') && p.scrollHeight > p.clientHeight + 1) return p;
    }
    return null;
  };
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

  if (doc.scrollWidth > vw) problems.push(`page is ${doc.scrollWidth}px wide in a ${vw}px window`);
  if (doc.scrollHeight > vh) problems.push(`page is ${doc.scrollHeight}px high in a ${vh}px window (the page itself scrolls)`);

  for (const el of document.querySelectorAll('body *')) {
    const ox = getComputedStyle(el).overflowX;
    if (ox !== 'visible' && ox !== 'clip' && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'TEXTAREA') {
      problems.push(`${el.className || el.tagName} is ${el.scrollWidth}px wide in ${el.clientWidth}px (cut off at the side)`);
    }
  }

  const untranslated = (document.body.innerText.match(/\bkiosk\.[a-zA-Z.]+/g) || []);
  for (const key of new Set(untranslated)) problems.push(`the message key ${key} is shown instead of its text`);

  const seen = new Map();
  for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
  for (const [id, count] of seen) if (count > 1) problems.push(`id "${id}" is used ${count} times`);

  // with a dialog open only the dialog can be touched
  const overlay = document.querySelector('.overlay');
  const scope = overlay || document;
  for (const el of scope.querySelectorAll('h1, h2')) {
    if (visible(el) && !inViewport(el.getBoundingClientRect())) problems.push(`heading "${name(el)}" is outside the screen`);
  }
  for (const el of scope.querySelectorAll('button')) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    const label = name(el);
    if (r.width < MIN_TOUCH - 0.5 || r.height < MIN_TOUCH - 0.5) {
      problems.push(`button "${label}" is ${Math.round(r.width)}x${Math.round(r.height)}px, smaller than ${MIN_TOUCH}px`);
    }
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`button "${label}" cuts its text (${el.scrollWidth} > ${el.clientWidth}px)`);
    const scroller = scrollAncestor(el);
    const isPrimary = primary.includes(el.getAttribute('data-testid'));
    if (scroller) {
      if (isPrimary) problems.push(`main action "${label}" sits in a scrolling list`);
      if (!inViewport(scroller.getBoundingClientRect())) problems.push(`the list holding "${label}" reaches outside the screen`);
      continue;
    }
    if (!inViewport(r)) {
      problems.push(`button "${label}" is outside the screen (${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)})`);
      continue;
    }
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!hit || !(hit === el || el.contains(hit))) problems.push(`button "${label}" is covered by ${hit ? hit.className || hit.tagName : 'nothing'}`);
  }
  for (const id of primary) {
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (!el || !visible(el)) problems.push(`main action "${id}" is missing`);
  }
  return problems;
})(arguments[0] || []);
