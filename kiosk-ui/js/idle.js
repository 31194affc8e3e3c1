// Inactivity timer: any touch restarts it; when it fires the kiosk goes back to the start screen and forgets
// what the last citizen entered. Timers are injectable for tests.

export function createIdleTimer({ timeoutMs, onIdle, setTimer = setTimeout, clearTimer = clearTimeout }) {
  let handle = null;
  let armedMs = timeoutMs;
  return {
    /** (Re)starts the countdown, optionally with another duration (e.g. the short thank-you pause). */
    arm(ms = timeoutMs) {
      if (handle !== null) clearTimer(handle);
      armedMs = ms;
      handle = setTimer(() => { handle = null; onIdle(); }, ms);
    },
    /** Activity: restart the running countdown with its current duration. */
    poke() {
      if (handle !== null) this.arm(armedMs);
    },
    stop() {
      if (handle !== null) clearTimer(handle);
      handle = null;
    },
    get running() { return handle !== null; },
  };
}
