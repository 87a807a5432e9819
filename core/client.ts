// The typed client of every page (content script, sidebar frame, side panel, options). Types of the
// requests come from the areas by `import type` only, so no zod reaches the pages' bundles.
import type { Lang } from './i18n';
import { createProtocolClient as createClient, type ProtocolClient as Client } from './protocol/client';

import type { CoreApi } from './areas';
import type { Envelope } from './protocol';

export type { CoreApi } from './areas';
export type { LibraryView } from './library';
export type { Broadcast, Reply, SenderKind, UserError } from './protocol';
export { envelope, isBroadcast } from './protocol/client';

export type ProtocolClient = Client<CoreApi>;
export type RequestKind = keyof CoreApi & string;
/** The message a page sends for `kind` K. */
export type RequestOf<K extends RequestKind> = CoreApi[K]['request'];
/** The value `kind` K answers with, as its handler returns it. */
export type ReplyOf<K extends RequestKind> = CoreApi[K]['reply'];

export function createProtocolClient(send: (message: Envelope<unknown>) => Promise<unknown>, lang: Lang = 'zh'): ProtocolClient {
  return createClient<CoreApi>(send, lang);
}
