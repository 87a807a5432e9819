/** Every console the extension runs on: the host patterns used by the manifest and content script. */
export const CONSOLE_MATCHES = {
  pinduoduo: ['https://mms.pinduoduo.com/chat-merchant/*', 'https://mms.pinduoduo.com/mms-chat/*'],
  doudian: ['https://im.jinritemai.com/pc_seller_v2/*'],
  jd: ['https://dongdong.jd.com/*'],
  qianniu: ['https://myseller.taobao.com/*', 'https://qn.taobao.com/*'],
} as const;

export type SiteId = keyof typeof CONSOLE_MATCHES;
export const SITE_IDS = Object.keys(CONSOLE_MATCHES) as SiteId[];

export const CONSOLE_HOST_PATTERNS: readonly string[] = Object.values(CONSOLE_MATCHES).flat();

/** A buyer as read from a console page: bounded page text, never markup. */
export interface Buyer {
  /** Stable within the console when the page exposes one, otherwise the display name. */
  id: string;
  name: string;
}

/** One row of a console's conversation list. */
export interface Conversation extends Buyer {
  active: boolean;
  unread: boolean;
  /** The console's own wait text, e.g. `已等待3分钟`, when the row sits in a waiting group. */
  waiting: string | null;
  /** The number on the row's unread badge (at most 999), absent when it shows none (a dot, or nothing). */
  unreadCount?: number;
}
