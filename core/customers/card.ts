import type { SiteId } from '../consoles';
import { CUSTOMER_LIMITS } from './limits';

/** A promise the agent made to a buyer ("ship by Friday"), due on a local calendar day. */
export interface CustomerPromise {
  id: string;
  text: string;
  /** `YYYY-MM-DD`, the seller's local day it is due. */
  due: string;
  done: boolean;
  madeAt: number;
  doneAt?: number;
}

/** A product the buyer was looking at in the conversation (the console's product card). */
export interface ProductSeen {
  title: string;
  at: number;
}

/** What a customer card holds, keyed by console and buyer id. */
export interface CustomerCard {
  site: SiteId;
  buyerId: string;
  /** The buyer's name as the console last showed it (page text, bounded). */
  name: string;
  nickname: string;
  memo: string;
  tags: string[];
  groupId?: string;
  promises: CustomerPromise[];
  /** When the conversation was last open in the console with the sidebar loaded. */
  lastContactAt?: number;
  products: ProductSeen[];
}

/** Where a promise stands on `today` (a local `YYYY-MM-DD`). */
export type PromiseState = 'done' | 'overdue' | 'today' | 'upcoming';

export function promiseState(promise: Pick<CustomerPromise, 'due' | 'done'>, today: string): PromiseState {
  if (promise.done) return 'done';
  if (promise.due < today) return 'overdue';
  return promise.due === today ? 'today' : 'upcoming';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The seller's local calendar day of `time`, as `YYYY-MM-DD` (what promise due dates are compared with). */
export function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** True for a real calendar day written `YYYY-MM-DD` (not `2026-02-30`). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A promise that needs doing now, with the customer it was made to. */
export interface DuePromise {
  customerId: string;
  site: SiteId;
  buyerId: string;
  /** The nickname, or the buyer's name. */
  label: string;
  promise: CustomerPromise;
  state: 'overdue' | 'today';
}

/** Every open promise due today or earlier, the longest overdue first. */
export function duePromises(customers: readonly (CustomerCard & { id: string })[], today: string): DuePromise[] {
  const due: DuePromise[] = [];
  for (const c of customers) {
    for (const p of c.promises) {
      const state = promiseState(p, today);
      if (state === 'overdue' || state === 'today') {
        due.push({ customerId: c.id, site: c.site, buyerId: c.buyerId, label: c.nickname || c.name || c.buyerId, promise: p, state });
      }
    }
  }
  return due.sort((a, b) => (a.promise.due < b.promise.due ? -1 : a.promise.due > b.promise.due ? 1 : a.promise.madeAt - b.promise.madeAt));
}

/**
 * The promises after adding one: when the list is full, the oldest done promise makes room; a list
 * full of open promises takes no more (null: the caller says so).
 */
export function withPromise(promises: readonly CustomerPromise[], promise: CustomerPromise): CustomerPromise[] | null {
  const list = [...promises];
  if (list.length >= CUSTOMER_LIMITS.promises) {
    const done = list.filter((p) => p.done).sort((a, b) => (a.doneAt ?? a.madeAt) - (b.doneAt ?? b.madeAt))[0];
    if (!done) return null;
    list.splice(list.indexOf(done), 1);
  }
  return [...list, promise];
}

/** Open promises first by due day, then the done ones, most recently done first. */
export function sortPromises(promises: readonly CustomerPromise[]): CustomerPromise[] {
  return [...promises].sort((a, b) => {
    if (a.done !== b.done) return a.done ? 1 : -1;
    if (!a.done) return a.due < b.due ? -1 : a.due > b.due ? 1 : a.madeAt - b.madeAt;
    return (b.doneAt ?? 0) - (a.doneAt ?? 0);
  });
}

/** Page text as kept: control and direction-override characters dropped, spaces collapsed, cut to `max` (never half a character). */
export function boundedPageText(text: string, max: number): string {
  let out = text
    .slice(0, max * 4)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  return out.trim();
}

/** The products after the buyer looked at `title` at `at`: newest first, each title once, the last few only. */
export function withProductSeen(products: readonly ProductSeen[], title: string, at: number): ProductSeen[] {
  const clean = boundedPageText(title, CUSTOMER_LIMITS.product);
  if (!clean) return [...products];
  return [{ title: clean, at }, ...products.filter((p) => p.title !== clean)].slice(0, CUSTOMER_LIMITS.products);
}

/** Tags as kept: trimmed, blank ones dropped, each once (the first spelling wins). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.replace(/\s+/g, ' ').trim();
    const key = t.toLowerCase();
    if (!t || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** True when the agent wrote anything on the card (a cleanup preview marks these). */
export function hasNotes(card: Pick<CustomerCard, 'nickname' | 'memo' | 'tags' | 'groupId' | 'promises'>): boolean {
  return Boolean(card.nickname || card.memo || card.tags.length > 0 || card.groupId || card.promises.length > 0);
}
