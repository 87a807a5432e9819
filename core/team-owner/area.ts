import { z } from 'zod';
import { defineArea } from '../area';
import { OPTIONS_ONLY, defineRequest } from '../protocol';
import type { TeamOwnerDesk } from './desk';
import { teamMemberRecordSchema } from './model';
import type { TeamRosterService } from './roster';

const docId = z.string().min(3).max(200);
const rev = z.string().regex(/^\d+-[0-9a-f]{1,64}$/, 'a revision like 3-abc…');

/**
 * The shop owner's view of the team (issue 13 items 4 and 5): conflicts the app could not merge,
 * the roster of agents, and the team's usage, routing measurements and relation scans read from
 * the agents' databases. Options page only: these are the owner's tools.
 */
export const teamOwnerArea = defineArea({
  name: 'teamOwner',
  records: { teamMember: teamMemberRecordSchema },
  requests: ({ teamRoster, teamOwner }: { teamRoster: TeamRosterService; teamOwner: TeamOwnerDesk }) => ({
    getTeamConflicts: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: () => teamOwner.conflicts() }),
    chooseTeamVersion: defineRequest({ input: z.object({ id: docId, rev }), allow: OPTIONS_ONLY, handle: (req) => teamOwner.choose(req.id, req.rev) }),
    getTeamRoster: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: () => teamRoster.members() }),
    addTeamMember: defineRequest({ input: z.object({ userName: z.string().max(200) }), allow: OPTIONS_ONLY, handle: (req) => teamRoster.add(req.userName) }),
    removeTeamMember: defineRequest({ input: z.object({ userName: z.string().max(200) }), allow: OPTIONS_ONLY, handle: (req) => teamRoster.remove(req.userName) }),
    pullTeamAgents: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: () => teamOwner.pullAgents() }),
    getTeamViews: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: () => teamOwner.views() }),
  }),
});
