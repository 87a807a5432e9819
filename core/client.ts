// The typed client of every page (content script, sidebar frame, side panel, options). Types of the
// requests come from the areas by `import type` only, so no zod reaches the pages' bundles.
import type { Lang } from './i18n';
import { createProtocolClient as createClient, isBroadcast as isProtocolBroadcast, type ClientOptions, type ProtocolClient as Client } from './protocol/client';

import type { CoreApi } from './areas';
import type { Broadcast as ProtocolBroadcast, Envelope } from './protocol';
import type { SearchKeysDelta } from './library';

export type { CoreApi } from './areas';
export type { LibraryView } from './library';
export type { Reply, SenderKind, UserError } from './protocol';
/** A broadcast as pages get it: change deltas carry the library's search keys. */
export type Broadcast = ProtocolBroadcast<SearchKeysDelta>;
export { envelope } from './protocol/client';

/** True for a broadcast or command from our background (keys are the library's; checked where used). */
export const isBroadcast = (message: unknown): message is Envelope<Broadcast> => isProtocolBroadcast<SearchKeysDelta>(message);

export type ProtocolClient = Client<CoreApi>;
export type RequestKind = keyof CoreApi & string;
/** The message a page sends for `kind` K. */
export type RequestOf<K extends RequestKind> = CoreApi[K]['request'];
/** The value `kind` K answers with, as its handler returns it. */
export type ReplyOf<K extends RequestKind> = CoreApi[K]['reply'];

export function createProtocolClient(send: (message: Envelope<unknown>) => Promise<unknown>, lang: Lang = 'zh', options?: ClientOptions): ProtocolClient {
  return createClient<CoreApi>(send, lang, options);
}
