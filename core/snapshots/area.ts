import { z } from 'zod';
import { defineArea } from '../area';
import { OPTIONS_ONLY, defineRequest } from '../protocol';
import { idSchema } from '../store';
import { librarySnapshotRecordSchema, snapshotLabelSchema, snapshotPayload } from './model';
import type { SnapshotService } from './snapshots';

/** Library snapshots (backups of phrases and groups taken before risky changes, and by hand). */
export const snapshotsArea = defineArea({
  name: 'snapshots',
  records: { librarySnapshot: librarySnapshotRecordSchema },
  migrations: [
    {
      // v3: a snapshot holds its records as one JSON string (loaded on every wake), with counts.
      from: 2,
      to: 3,
      migrate: (records) =>
        records.map((r) => {
          // Only a snapshot that holds a `records` array is reshaped: one already holding its
          // payload (or a damaged one) is left as it is, never emptied to `[]` (issue 12).
          if (r.type !== 'librarySnapshot' || !Array.isArray(r.records)) return r;
          const { records: held, ...rest } = r;
          return { ...rest, ...snapshotPayload(held as { type: string }[]) };
        }),
    },
  ],
  requests: ({ snapshots }: { snapshots: SnapshotService }) => ({
    listSnapshots: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: async () => ({ value: await snapshots.listSnapshots() }) }),
    createSnapshot: defineRequest({ input: z.object({ label: snapshotLabelSchema }), allow: OPTIONS_ONLY, handle: (req) => snapshots.createSnapshot(req.label) }),
    restoreSnapshot: defineRequest({
      // `onlyIds`: put back just these records (the undo of a bulk delete or an import).
      input: z.object({ id: idSchema, onlyIds: z.array(idSchema).max(40_000).optional() }),
      allow: OPTIONS_ONLY,
      handle: (req) => snapshots.restoreSnapshot(req.id, req.onlyIds),
    }),
  }),
});
