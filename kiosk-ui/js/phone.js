// Whether a number typed on the kiosk can be a Vietnamese mobile number, so that a complaint is never refused by
// the server (and so lost: the citizen has gone by then) for a typo in the phone. The national mobile ranges are
// libphonenumber's metadata for VN, which the server checks with; old 11-digit numbers (01x…) are left to the
// server, which maps them to their new prefixes.
const MOBILE = /^(?:(?:5(?:2[238]|59)|89[6-9]|99[013-9])\d{6}|(?:3\d|5[1689]|7[06-9]|8[1-8]|9[0-8])\d{7})$/;

export function isPlausibleMobile(digits) {
  const d = String(digits || '').replace(/\D/g, '');
  if (/^01\d{9}$/.test(d)) return true;
  const national = d.startsWith('84') && d.length === 11 ? d.slice(2) : d.startsWith('0') && d.length === 10 ? d.slice(1) : null;
  return national !== null && MOBILE.test(national);
}
