import { z } from 'zod';
import { idSchema } from '../store/record';
import { groupDraftSchema, phraseDraftSchema, type GroupRecord, type PhraseRecord } from '../phrases/model';
import { selectorTextSchema, siteIdSchema, type SelectorOverridesRecord } from '../settings/model';
import type { PhraseIndex } from '../phrases/search-types';

/** Requests from our content scripts and extension pages to the background (the single writer). */
export const requestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('getSnapshot') }),
  z.object({ kind: z.literal('savePhrase'), phrase: phraseDraftSchema }),
  z.object({ kind: z.literal('deletePhrase'), id: idSchema }),
  z.object({ kind: z.literal('saveGroup'), group: groupDraftSchema }),
  z.object({ kind: z.literal('deleteGroup'), id: idSchema }),
  z.object({
    kind: z.literal('saveSelectorOverrides'),
    site: siteIdSchema,
    overrides: z.record(z.string().max(40), selectorTextSchema),
  }),
  z.object({ kind: z.literal('exportAll') }),
  z.object({ kind: z.literal('importAll'), json: z.string().max(50_000_000) }),
  z.object({ kind: z.literal('restoreStarterPhrases') }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestKind = Request['kind'];
export type RequestOf<K extends RequestKind> = Extract<Request, { kind: K }>;

/** Everything a sidebar or the options page needs to draw itself without asking again. */
export interface Snapshot {
  phrases: PhraseRecord[];
  groups: GroupRecord[];
  selectorOverrides: SelectorOverridesRecord[];
  /** Search keys (pinyin, initials) computed in the background, so the page needs no dictionary. */
  phraseIndex: PhraseIndex;
}

/** What each request answers with when it succeeds. */
export interface ResponseMap {
  getSnapshot: Snapshot;
  savePhrase: { id: string };
  deletePhrase: { id: string };
  saveGroup: { id: string };
  deleteGroup: { id: string };
  saveSelectorOverrides: { id: string };
  exportAll: { json: string; fileName: string };
  importAll: { written: number };
  restoreStarterPhrases: { restored: number };
}

/** A failure in words a seller understands: what failed, where, what to do. */
export interface UserError {
  code: 'invalid-request' | 'invalid-data' | 'not-found' | 'storage-failed' | 'unauthorized' | 'internal';
  message: string;
  /** One line per problem, each naming its place (row, field) when there is one. */
  details?: string[];
}

export type Reply<K extends RequestKind> = { ok: true; value: ResponseMap[K] } | { ok: false; error: UserError };

/** Pushed by the background to every open tab and extension page after a write or a command. */
export const broadcastSchema = z.discriminatedUnion('kind', [
  /** Records written in one transaction (tombstones included); receivers merge them by id. */
  z.object({ kind: z.literal('recordsChanged'), records: z.array(z.unknown()) }),
  /** Keyboard command: open the sidebar and focus phrase search. */
  z.object({ kind: z.literal('openSidebar') }),
]);
export type Broadcast = z.infer<typeof broadcastSchema>;

/** Marks our messages so a receiver can tell them from anything else on the runtime channel. */
export const MESSAGE_CHANNEL = 'kefu-sidebar/v1';
export interface Envelope<T> {
  channel: typeof MESSAGE_CHANNEL;
  body: T;
}
