import { z } from 'zod';
import { recordMetaSchema } from '../store';

/**
 * A team member's CouchDB user name, as the roster keeps it: the agent database is `agent-<name>`
 * and CouchDB takes lowercase letters, digits, `_` and `-` there, so the roster takes only those.
 */
export const teamUserNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_-]{0,59}$/, 'a user name starts with a letter and holds lowercase letters, digits, _ and - only (at most 60)');

/** `team:member:<user>`: one record per agent, so adding the same agent twice changes nothing. */
export const teamMemberRecordId = (userName: string) => `team:member:${userName}`;

/**
 * The owner's roster: which agents' databases the owner's views read. In the shop library
 * (`scope: 'shop'`), so it follows the owner to every PC they connect.
 */
export const teamMemberRecordSchema = recordMetaSchema.extend({
  type: z.literal('teamMember'),
  scope: z.literal('shop'),
  userName: teamUserNameSchema,
});
export type TeamMemberRecord = z.infer<typeof teamMemberRecordSchema>;

export interface TeamMember {
  userName: string;
  /** When the owner added them (epoch ms). */
  addedAt: number;
}
