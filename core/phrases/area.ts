import { defineArea } from '../area';
import { groupRecordSchema, phraseRecordSchema, starterStateRecordSchema } from './model';
import { STARTER_PHRASES } from './starter-library';

const STARTER_BY_ID = new Map(STARTER_PHRASES.map((p) => [`phr_starter_${p.key}`, p]));

/**
 * The phrase library's records. (Its requests are the library service's: `core/library/area.ts`.)
 * A step that reshapes phrases or groups must reshape the copies held in library snapshots too
 * (their JSON `payload`), or those snapshots can no longer be restored.
 */
export const phrasesArea = defineArea({
  name: 'phrases',
  records: { phrase: phraseRecordSchema, phraseGroup: groupRecordSchema, starterLibraryState: starterStateRecordSchema },
  migrations: [
    {
      // v2: phrases gain `stage` and `tags` (starter phrases get the ones the starter library gives
      // them: nobody could set these in v1, so no edit is lost); groups gain `parentId` (nesting).
      from: 1,
      to: 2,
      migrate: (records) =>
        records.map((r) => {
          if (r.type === 'phrase') {
            const starter = typeof r.id === 'string' ? STARTER_BY_ID.get(r.id) : undefined;
            return { ...r, stage: r.stage ?? starter?.stage ?? null, tags: r.tags ?? (starter?.tags ? [...starter.tags] : []) };
          }
          if (r.type === 'phraseGroup') return { ...r, parentId: r.parentId ?? null };
          return r;
        }),
    },
  ],
});
