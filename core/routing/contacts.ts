import type { Random } from './prng';

/**
 * Who talked to whom in the last 72 hours (DOMAIN §5 recent contact), counted per agent in hourly
 * buckets so old contacts fall out as the clock moves. A returning buyer is one of these contacts,
 * drawn at random; when they are routed again their contact moves to the agent who got them.
 */
export const CONTACT_HOURS = 72;

export class RecentContacts {
  private readonly buckets: Float64Array;
  private readonly totals: Float64Array;
  private sum = 0;
  /** The current hour (absolute, 0 = the scenario's first hour). */
  private hour = 0;

  /** `initial[a]` contacts of agent `a`, spread evenly over the 72 hours before the start. */
  constructor(initial: readonly number[]) {
    this.buckets = new Float64Array(initial.length * CONTACT_HOURS);
    this.totals = new Float64Array(initial.length);
    initial.forEach((count, a) => {
      const base = Math.floor(count / CONTACT_HOURS);
      const extra = count - base * CONTACT_HOURS;
      // Hours -72…-1 sit in slots 0…71; the remainder goes to the newest hours.
      for (let slot = 0; slot < CONTACT_HOURS; slot++) this.buckets[a * CONTACT_HOURS + slot] = base + (slot >= CONTACT_HOURS - extra ? 1 : 0);
      this.totals[a] = count;
      this.sum += count;
    });
    this.expire(0);
  }

  /** Moves the clock to `hour`, dropping contacts now 72 hours old. */
  moveTo(hour: number): void {
    if (hour <= this.hour) return;
    const first = Math.max(this.hour + 1, hour - CONTACT_HOURS + 1);
    this.hour = hour;
    for (let h = first; h <= hour; h++) this.expire(h % CONTACT_HOURS);
  }

  /** The agent a returning buyer talked to, in proportion to each agent's contacts; -1 if none. */
  pickAgent(random: Random): number {
    if (this.sum <= 0) return -1;
    let r = random() * this.sum;
    const n = this.totals.length;
    for (let a = 0; a < n; a++) {
      r -= this.totals[a]!;
      if (r < 0) return a;
    }
    for (let a = n - 1; a >= 0; a--) if (this.totals[a]! > 0) return a;
    return -1;
  }

  /** Removes one of agent `a`'s contacts, from an hour drawn in proportion to its counts. */
  remove(a: number, random: Random): void {
    if (this.totals[a]! <= 0) return;
    let r = random() * this.totals[a]!;
    const base = a * CONTACT_HOURS;
    let slot = 0;
    for (; slot < CONTACT_HOURS - 1; slot++) {
      r -= this.buckets[base + slot]!;
      if (r < 0) break;
    }
    while (this.buckets[base + slot]! <= 0) slot = (slot + CONTACT_HOURS - 1) % CONTACT_HOURS;
    this.buckets[base + slot] = this.buckets[base + slot]! - 1;
    this.totals[a] = this.totals[a]! - 1;
    this.sum -= 1;
  }

  /** Agent `a` talked to a buyer in the current hour. */
  add(a: number): void {
    const i = a * CONTACT_HOURS + (this.hour % CONTACT_HOURS);
    this.buckets[i] = this.buckets[i]! + 1;
    this.totals[a] = this.totals[a]! + 1;
    this.sum += 1;
  }

  private expire(slot: number): void {
    for (let a = 0; a < this.totals.length; a++) {
      const i = a * CONTACT_HOURS + slot;
      const gone = this.buckets[i]!;
      if (gone === 0) continue;
      this.buckets[i] = 0;
      this.totals[a] = this.totals[a]! - gone;
      this.sum -= gone;
    }
  }
}
