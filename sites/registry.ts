import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteId } from '../core/consoles';
import { doudian } from './doudian';
import { jd } from './jd';
import { pinduoduo } from './pinduoduo';
import { qianniu } from './qianniu';
import type { ChatPage, PageAdapter, PageKind, Site, SiteAdapter } from './types';

export const SITES: Record<SiteId, Site> = { pinduoduo, doudian, jd, qianniu };

function bind<P extends PageKind>(site: Site, page: P): PageAdapter<P> {
  return { ...page, id: site.id, name: site.name };
}

/** Every page kind of every site, with its patterns parsed once. */
const PAGES = Object.values(SITES).flatMap((site) =>
  site.pages.map((page) => ({ adapter: bind(site, page), patterns: page.matches.map((p) => new MatchPattern(p)) })),
);

/** Each site's chat console (every site has one). */
export const CHAT_ADAPTERS = Object.fromEntries(
  Object.values(SITES).map((site) => {
    const chat = site.pages.find((page): page is ChatPage => page.kind === 'chat');
    if (!chat) throw new Error(`sites/${site.id} lists no chat page`);
    return [site.id, bind(site, chat)];
  }),
) as Record<SiteId, SiteAdapter>;

/** The site and page kind of the page at `href`, or null for a page no site knows. */
export function adapterForUrl(href: string): PageAdapter | null {
  let url: string;
  try {
    url = new URL(href).href;
  } catch {
    return null;
  }
  return PAGES.find(({ patterns }) => patterns.some((p) => p.includes(url)))?.adapter ?? null;
}
