/**
 * Names the manager uses for the library's v2 shapes (stage, tags, scope, nested groups, usage),
 * taken from the protocol and the model so both ends stay one contract.
 */
import type { GroupRecord, PhraseRecord } from '../../core/phrases';
import type { ReplyOf } from '../../core/client';
import type { UsageEntry } from '../../core/usage';

export type ManagedPhrase = PhraseRecord;
export type ManagedGroup = GroupRecord;
export type PhraseUsage = UsageEntry;
export type ImportPreview = ReplyOf<'previewImport'>;
export type PreviewStatus = keyof ImportPreview['counts'];
export type SnapshotInfo = ReplyOf<'listSnapshots'>['snapshots'][number];
