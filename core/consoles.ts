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
