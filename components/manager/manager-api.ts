/**
 * The requests the manager sends, typed against the schema-v2 protocol contract (stage, tags,
 * scope, nested groups, usage, bulk edits, snapshots, import preview). Kept here so the manager
 * compiles on its own; the background answers them through the ordinary protocol client.
 */
import type { GroupRecord, PhraseRecord } from '../../core/phrases/model';
import type { ProtocolClient } from '../../core/protocol/client';
import type { Snapshot, UserError } from '../../core/protocol/messages';
import type { ImportRow } from '../../core/phrase-files/types';

export const STAGES = ['presale', 'insale', 'aftersale', 'promotion', 'closing'] as const;
export type Stage = (typeof STAGES)[number];
export type LibraryScope = 'shop' | 'agent';

/** A phrase as the manager reads it: v2 fields are optional so v1 data still draws. */
export type ManagedPhrase = PhraseRecord & { stage?: Stage | null; tags?: string[] };
export type ManagedGroup = GroupRecord & { parentId?: string | null };
export interface PhraseUsage {
  count: number;
  lastUsedAt: number;
}
export type ManagedSnapshot = Omit<Snapshot, 'phrases' | 'groups'> & {
  phrases: ManagedPhrase[];
  groups: ManagedGroup[];
  usage?: Record<string, PhraseUsage | undefined>;
};

export interface PhraseDraftV2 {
  id?: string;
  title: string;
  text: string;
  code?: string;
  groupId: string | null;
  stage: Stage | null;
  tags: string[];
  scope: LibraryScope;
}

export type PreviewStatus = 'new' | 'changed' | 'duplicate' | 'invalid';
export interface PreviewRow {
  rowNumber: number;
  status: PreviewStatus;
  title: string;
  problems: { field: string; message: string }[];
}
export interface ImportPreview {
  rows: PreviewRow[];
  counts: Record<PreviewStatus, number>;
}
export interface SnapshotInfo {
  id: string;
  createdAt: number;
  reason: string;
  label: string;
  phraseCount: number;
  groupCount: number;
}

export type ManagerRequest =
  | { kind: 'savePhrase'; phrase: PhraseDraftV2 }
  | { kind: 'saveGroup'; group: { id?: string; name: string; parentId: string | null } }
  | { kind: 'deleteGroup'; id: string }
  | { kind: 'movePhrases'; ids: string[]; groupId: string | null }
  | { kind: 'deletePhrases'; ids: string[] }
  | { kind: 'reorderPhrases'; groupId: string | null; orderedIds: string[] }
  | { kind: 'reorderGroups'; parentId: string | null; orderedIds: string[] }
  | { kind: 'listSnapshots' }
  | { kind: 'createSnapshot'; label: string }
  | { kind: 'restoreSnapshot'; id: string }
  | { kind: 'previewImport'; rows: ImportRow[]; fileName: string }
  | { kind: 'applyImport'; rows: ImportRow[]; fileName: string }
  | { kind: 'exportLibrary' };

export interface ManagerResponses {
  savePhrase: { id: string };
  saveGroup: { id: string };
  deleteGroup: { id: string };
  movePhrases: { moved: number };
  deletePhrases: { deleted: number; snapshotId: string };
  reorderPhrases: { count: number };
  reorderGroups: { count: number };
  listSnapshots: { snapshots: SnapshotInfo[] };
  createSnapshot: { id: string };
  restoreSnapshot: { phrases: number; groups: number };
  previewImport: ImportPreview;
  applyImport: { written: number; snapshotId: string };
  exportLibrary: { json: string; fileName: string };
}

export type ManagerKind = ManagerRequest['kind'];
export type ManagerReply<K extends ManagerKind> = { ok: true; value: ManagerResponses[K] } | { ok: false; error: UserError };

export interface ManagerClient {
  request<K extends ManagerKind>(req: Extract<ManagerRequest, { kind: K }>): Promise<ManagerReply<K>>;
}

/** The protocol client seen through the manager's contract (same wire, same envelope). */
export function managerClient(client: ProtocolClient): ManagerClient {
  return client as unknown as ManagerClient;
}

/** The snapshot with its v2 fields (absent on v1 data) made visible to the manager. */
export function managedSnapshot(snapshot: Snapshot | null): ManagedSnapshot | null {
  return snapshot as ManagedSnapshot | null;
}
