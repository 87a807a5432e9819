/** Local calendar time of an instant: which day it falls on and its minute of that day. */
export interface LocalClock {
  /** YYYY-MM-DD in local time. */
  dateOf(at: number): string;
  /** Minutes since local midnight (0–1439, whole minutes). */
  minuteOf(at: number): number;
}

/** The machine's own time zone (what the agent's clock shows). */
export const LOCAL_CLOCK: LocalClock = {
  dateOf(at) {
    const d = new Date(at);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  },
  minuteOf(at) {
    const d = new Date(at);
    return d.getHours() * 60 + d.getMinutes();
  },
};

/** A fixed offset from UTC in minutes (UTC+8 → 480): for tests and for files made elsewhere. */
export function fixedClock(offsetMinutes: number): LocalClock {
  const shift = (at: number) => new Date(at + offsetMinutes * 60_000);
  return {
    dateOf: (at) => shift(at).toISOString().slice(0, 10),
    minuteOf: (at) => {
      const d = shift(at);
      return d.getUTCHours() * 60 + d.getUTCMinutes();
    },
  };
}
