// Text lookup. Every label comes from the server (the kiosk.* keys of the kiosk message bundle, delivered with
// the kiosk config and cached for offline use). The few strings below are only a fallback for the moments
// before any bundle has ever been loaded (a new, unpaired kiosk with no network).

export const FALLBACK = Object.freeze({
  vi: {
    'kiosk.title': 'Đánh giá mức độ hài lòng',
    'kiosk.loading': 'Đang tải…',
    'kiosk.pair.title': 'Kết nối ki-ốt',
    'kiosk.pair.hint': 'Nhập mã kết nối do quản trị viên cung cấp',
    'kiosk.pair.submit': 'Kết nối',
    'kiosk.pair.failed': 'Mã kết nối không đúng hoặc đã hết hạn.',
    'kiosk.pair.offline': 'Không kết nối được máy chủ. Vui lòng thử lại.',
    'kiosk.keypad.clear': 'Xóa hết',
    'kiosk.keypad.back': 'Xóa',
    'kiosk.keypad.letters': 'ABC',
    'kiosk.keypad.digits': '123',
  },
  en: {
    'kiosk.title': 'How satisfied are you?',
    'kiosk.loading': 'Loading…',
    'kiosk.pair.title': 'Pair this kiosk',
    'kiosk.pair.hint': 'Enter the pairing code from your administrator',
    'kiosk.pair.submit': 'Pair',
    'kiosk.pair.failed': 'The pairing code is wrong or has expired.',
    'kiosk.pair.offline': 'Cannot reach the server. Please try again.',
    'kiosk.keypad.clear': 'Clear',
    'kiosk.keypad.back': 'Delete',
    'kiosk.keypad.letters': 'ABC',
    'kiosk.keypad.digits': '123',
  },
});

/** Fills {0}, {1}, … placeholders. */
export function format(pattern, args = []) {
  return String(pattern).replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

export function createI18n(lang, messages = {}) {
  const fallback = FALLBACK[lang] || FALLBACK.vi;
  const t = (key, ...args) => {
    const pattern = messages[key] ?? fallback[key] ?? FALLBACK.vi[key] ?? key;
    return format(pattern, args);
  };
  t.lang = lang;
  t.has = (key) => key in messages || key in fallback;
  return t;
}

/**
 * Initials for an officer avatar when the server sent none, as KioskDevices.initials makes them: the family and the
 * given name's first letters ("Nguyễn Thị Phương Thảo" -> "NT"), without a title typed after " — ", " - ", "," or "(".
 */
export function initials(fullName) {
  const name = String(fullName || '').normalize('NFC').split(/\s+[—–-]\s+|[,(]/)[0];
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const pick = words.length === 1 ? words : [words[0], words[words.length - 1]];
  return pick.map((w) => w[0].toLocaleUpperCase('vi')).join('');
}
