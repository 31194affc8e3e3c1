// The kiosk's calls to the HaiLong API. Every call resolves to { status, body } or throws on a network error.

export function createApi({ base = '/api/v1', getToken = () => null, fetchImpl = (...a) => fetch(...a), timeoutMs = 10000 } = {}) {
  async function call(method, path, { body, headers = {}, auth = true } = {}) {
    const h = { Accept: 'application/json', ...headers };
    const token = auth ? getToken() : null;
    if (token) h.Authorization = `Bearer ${token}`;
    if (body !== undefined) h['Content-Type'] = 'application/json';
    const ctrl = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = ctrl ? setTimeout(() => ctrl.abort(), timeoutMs) : null;
    try {
      const res = await fetchImpl(base + path, {
        method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), signal: ctrl?.signal, cache: 'no-store',
      });
      const text = await res.text();
      let parsed = null;
      try { parsed = text ? JSON.parse(text) : null; } catch (_) { parsed = text; }
      return { status: res.status, body: parsed };
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  return {
    pair: (code) => call('POST', '/kiosk/pair', { body: { code }, auth: false }),
    messages: (lang) => call('GET', `/kiosk/messages?lang=${encodeURIComponent(lang)}`, { auth: false }),
    config: (lang) => call('GET', `/kiosk/config?lang=${encodeURIComponent(lang)}`),
    heartbeat: (pendingCount) => call('POST', '/kiosk/heartbeat', { body: { pendingCount } }),
    /** Sends one outbox item with its idempotency key. */
    send: (item) => call('POST', item.kind === 'complaint' ? '/complaints' : '/ratings',
      { body: item.body, headers: { 'Idempotency-Key': item.key } }),
  };
}
