// Types only: the content script imports this file, and must not pull zod into its bundle.
import type { z } from 'zod';
import type { SiteId } from '../consoles';
import type { GroupRecord, PhraseRecord } from '../phrases/model';
import type { SelectorOverridesRecord } from '../settings/model';
import type { requestSchema } from './schemas';
import type { PhraseIndex } from '../phrases/search-types';
import type { SnapshotSummary } from '../snapshots/model';
import type { ImportPreview } from '../phrase-import/import-plan';
import type { UsageEntry } from '../usage/model';

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
  /** Insertions per phrase id on this machine (phrases never used are absent). */
  usage: Record<string, UsageEntry>;
  /** The agent's values for `{店铺}`, `{客服}`, `{发货时间}`. */
  variableSettings: Record<string, string>;
  /** Consoles on which the agent left the sidebar collapsed. */
  sidebarCollapsed: Partial<Record<SiteId, boolean>>;
}

/** What each request answers with when it succeeds. */
export interface ResponseMap {
  getSnapshot: Snapshot;
  savePhrase: { id: string };
  deletePhrase: { id: string };
  saveGroup: { id: string };
  deleteGroup: { id: string };
  saveSelectorOverrides: { id: string };
  saveVariableSettings: { id: string };
  saveSidebarCollapsed: { id: string };
  exportAll: { json: string; fileName: string };
  /** `snapshotId`: the library before the import (restore it to undo). */
  importAll: { written: number; snapshotId: string };
  /** A library pack (`format: 'kefu-sidebar-library'`): shop phrases and groups, nothing machine-local. */
  exportLibrary: { json: string; fileName: string };
  restoreStarterPhrases: { restored: number };
  recordUsage: { count: number };
  listSnapshots: { snapshots: SnapshotSummary[] };
  createSnapshot: { id: string };
  /** `snapshotId`: the snapshot of the state before this restore (restoring it undoes the restore). */
  restoreSnapshot: { phrases: number; groups: number; snapshotId: string };
  movePhrases: { moved: number };
  /** `snapshotId`: restore it to undo the delete. */
  deletePhrases: { deleted: number; snapshotId: string };
  reorderPhrases: { count: number };
  reorderGroups: { count: number };
  previewImport: ImportPreview;
  /** `written`: phrases added or changed; `snapshotId`: the library before (null when nothing was written). */
  applyImport: { written: number; groupsCreated: number; snapshotId: string | null; ids: string[] };
}

/** A failure in words a seller understands: what failed, where, what to do. */
export interface UserError {
  code: 'invalid-request' | 'invalid-data' | 'not-found' | 'storage-failed' | 'unauthorized' | 'conflict' | 'internal';
  message: string;
  /** One line per problem, each naming its place (row, field) when there is one. */
  details?: string[];
}

export type Reply<K extends RequestKind> = { ok: true; value: ResponseMap[K] } | { ok: false; error: UserError };

/** Pushed by the background to every open tab and extension page after a write or a command. */
export type Broadcast =
  /** Records written in one transaction (tombstones included). */
  | { kind: 'recordsChanged'; records: unknown[] }
  /** Keyboard command: open the sidebar and focus phrase search. */
  | { kind: 'openSidebar' };


/** Marks our messages so a receiver can tell them from anything else on the runtime channel. */
export const MESSAGE_CHANNEL = 'kefu-sidebar/v1';
export interface Envelope<T> {
  channel: typeof MESSAGE_CHANNEL;
  body: T;
}
