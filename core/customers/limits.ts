/**
 * How much a customer card holds. Page text (names, product titles) is cut to these before it is
 * kept; what the agent types is refused past them with the field named. Zod-free: the sidebar
 * frame reads them for its input bounds.
 */
export const CUSTOMER_LIMITS = {
  buyerId: 64,
  name: 64,
  nickname: 40,
  memo: 2000,
  tag: 20,
  tags: 12,
  promiseText: 200,
  /** Open and done promises together; when full, the oldest done ones make room. */
  promises: 30,
  product: 80,
  /** The last few products the buyer looked at, newest first. */
  products: 5,
  groupPrefix: 4,
  groupName: 30,
  groups: 60,
  /** Customers one cleanup removes at most (and keeps for its undo). */
  cleanup: 5000,
  /** Cleanups kept for undo; an older one is forgotten with its customers. */
  cleanupsKept: 3,
  /** Longest "not contacted for" choice, in days. */
  inactiveDays: 3650,
} as const;

/** A page's contact refreshes the stored time at most this often (the card is read on every switch). */
export const TOUCH_INTERVAL_MS = 10 * 60_000;

export const DAY_MS = 86_400_000;
