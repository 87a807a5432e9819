/** How often a run in flight touches an extension API: well inside Chrome's 30 s idle limit. */
export const KEEP_ALIVE_PING_MS = 20_000;

/**
 * Keeps the MV3 service worker awake while some work is in flight, and only then. Chrome stops a
 * worker 30 s after its last extension event or API call (since Chrome 110 any API call resets
 * that clock), so a sync run waiting on a slow server calls a cheap API (`runtime.getPlatformInfo`
 * in the background) every 20 s until the run settles. Nothing pings while nothing runs.
 */
export function createKeepAlive(ping: () => Promise<unknown>, everyMs = KEEP_ALIVE_PING_MS): <T>(work: Promise<T>) => Promise<T> {
  let pending = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  return (work) => {
    if (pending++ === 0) timer = setInterval(() => void ping().catch(() => undefined), everyMs);
    return work.finally(() => {
      if (--pending === 0) clearInterval(timer);
    });
  };
}
