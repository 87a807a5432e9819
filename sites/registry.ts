import { CONSOLE_MATCHES, type SiteId } from '../../../core/consoles';
import { doudian } from './doudian';
import { jd } from './jd';
import { pinduoduo } from './pinduoduo';
import { qianniu } from './qianniu';
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: Record<SiteId, SiteAdapter> = { pinduoduo, doudian, jd, qianniu };

/** Turns a manifest match pattern (`https://host/path*`) into a test on a URL. */
function patternMatches(pattern: string, url: URL): boolean {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const pathRe = new RegExp('^' + path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return url.protocol === `${scheme}:` && url.host === host && pathRe.test(url.pathname + url.search);
}

/** The adapter for the page at `href`, or null for a page no adapter knows. */
export function adapterForUrl(href: string): SiteAdapter | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const id of Object.keys(CONSOLE_MATCHES) as SiteId[]) {
    if (CONSOLE_MATCHES[id].some((p) => patternMatches(p, url))) return SITE_ADAPTERS[id];
  }
  return null;
}
