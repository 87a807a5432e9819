/**
 * Names the manager uses for the library's v2 shapes (stage, tags, scope, nested groups, usage),
 * taken from the protocol and the model so both ends stay one contract.
 */
import type { GroupRecord, PhraseRecord } from '../../core/phrases/model';
import type { ResponseMap } from '../../core/protocol/messages';
import type { UsageEntry } from '../../core/usage/model';

export type ManagedPhrase = PhraseRecord;
export type ManagedGroup = GroupRecord;
export type PhraseUsage = UsageEntry;
export type ImportPreview = ResponseMap['previewImport'];
export type PreviewStatus = keyof ImportPreview['counts'];
export type SnapshotInfo = ResponseMap['listSnapshots']['snapshots'][number];
