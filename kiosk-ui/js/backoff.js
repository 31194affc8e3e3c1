// Retry delays for the outbox: exponential with "equal jitter", capped, so a room full of kiosks coming back
// online after an outage does not hammer the server in lock-step.

export const DEFAULT_BACKOFF = Object.freeze({ baseMs: 2000, maxMs: 5 * 60 * 1000 });

/**
 * Delay before retry number `attempt` (0 = first retry).
 * The result lies in [d/2, d] where d = min(maxMs, baseMs * 2^attempt).
 */
export function backoffDelay(attempt, { baseMs = DEFAULT_BACKOFF.baseMs, maxMs = DEFAULT_BACKOFF.maxMs, random = Math.random } = {}) {
  const n = Math.max(0, Math.min(30, Math.floor(attempt)));
  const ceiling = Math.min(maxMs, baseMs * 2 ** n);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
