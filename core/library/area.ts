import { z } from 'zod';
import { defineArea } from '../area';
import { groupDraftSchema, phraseDraftSchema } from '../phrases';
import { ANY_PAGE, OPTIONS_ONLY, defineRequest } from '../protocol';
import { idSchema } from '../store';
import type { LibraryService } from './library-service';

/** Ids a bulk request names: as many as a library can hold. */
const idListSchema = z.array(idSchema).max(20_000);

/** The phrase library: the view pages draw, single-phrase edits (any page) and group and bulk edits (options page). */
export const libraryArea = defineArea({
  name: 'library',
  requests: ({ library }: { library: LibraryService }) => ({
    getLibraryView: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: async () => ({ value: await library.view() }) }),
    savePhrase: defineRequest({
      // `baseUpdatedAt`: the `updatedAt` the edit started from; a newer stored phrase refuses the save.
      input: z.object({ phrase: phraseDraftSchema, baseUpdatedAt: z.number().int().nonnegative().optional() }),
      allow: ANY_PAGE,
      handle: (req) => library.savePhrase(req.phrase, { baseUpdatedAt: req.baseUpdatedAt }),
    }),
    deletePhrase: defineRequest({ input: z.object({ id: idSchema }), allow: ANY_PAGE, handle: (req) => library.deletePhrase(req.id) }),
    undoDeletePhrase: defineRequest({ input: z.object({ id: idSchema }), allow: ANY_PAGE, handle: (req) => library.undoDeletePhrase(req.id) }),
    saveGroup: defineRequest({ input: z.object({ group: groupDraftSchema }), allow: OPTIONS_ONLY, handle: (req) => library.saveGroup(req.group) }),
    deleteGroup: defineRequest({ input: z.object({ id: idSchema }), allow: OPTIONS_ONLY, handle: (req) => library.deleteGroup(req.id) }),
    movePhrases: defineRequest({
      input: z.object({ ids: idListSchema.min(1), groupId: idSchema.nullable() }),
      allow: OPTIONS_ONLY,
      handle: (req) => library.movePhrases(req.ids, req.groupId),
    }),
    deletePhrases: defineRequest({ input: z.object({ ids: idListSchema.min(1) }), allow: OPTIONS_ONLY, handle: (req) => library.deletePhrases(req.ids) }),
    reorderPhrases: defineRequest({
      input: z.object({ groupId: idSchema.nullable(), orderedIds: idListSchema }),
      allow: OPTIONS_ONLY,
      handle: (req) => library.reorderPhrases(req.groupId, req.orderedIds),
    }),
    reorderGroups: defineRequest({
      input: z.object({ parentId: idSchema.nullable(), orderedIds: idListSchema }),
      allow: OPTIONS_ONLY,
      handle: (req) => library.reorderGroups(req.parentId, req.orderedIds),
    }),
    restoreStarterPhrases: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: () => library.restoreStarterPhrases() }),
  }),
});
