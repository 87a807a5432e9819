import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, OPTIONS_ONLY, defineRequest } from '../protocol';
import { SERVER_URL_MAX } from './server-url';
import type { TeamService } from './service';

/**
 * Team sync, this browser's membership (issue 13): the status (who I am, role, last sync), joining
 * with a CouchDB login, a sync on demand, and leaving. Joining and leaving happen on the options
 * page only; any page may read the status. No records: the connection belongs to this machine.
 */
export const teamArea = defineArea({
  name: 'team',
  requests: ({ team }: { team: TeamService }) => ({
    'team.status': defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: async () => ({ value: await team.status() }) }),
    'team.connect': defineRequest({
      // Lengths bounded here; the address itself is checked by the service, with a sentence that says what is wrong.
      input: z.object({ serverUrl: z.string().max(SERVER_URL_MAX * 2), user: z.string().trim().min(1).max(80), password: z.string().min(1).max(200) }),
      allow: OPTIONS_ONLY,
      handle: async (req) => ({ value: await team.connect(req) }),
    }),
    'team.syncNow': defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: async () => ({ value: await team.syncNow() }) }),
    'team.leave': defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: async () => ({ value: await team.leave() }) }),
  }),
});
