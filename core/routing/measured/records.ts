import { z } from 'zod';
import { recordMetaSchema } from '../../store';
import { MAX_IDS_PER_SAMPLE, MAX_SEEN, idHash } from './recorder';
import { dayKey, type MeasuredDay } from './day';

/** Record types of the `routingMeasures` area: one record per agent-day, all on this machine only. */
const minute = z.number().min(0).max(1440);
const intervals = z.array(z.tuple([minute, minute])).max(500);
const hours = z.array(z.number().int().min(0).max(1_000_000)).length(24);
export const siteSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A day the sidebar recorded on one console, with the recorder's state (hashes only, never ids). */
export const routingMyDayRecordSchema = recordMetaSchema.extend({
  type: z.literal('routingMyDay'),
  scope: z.literal('local'),
  site: siteSchema,
  date: dateSchema,
  online: intervals,
  busy: intervals,
  received: hours,
  seen: z.array(z.string().max(16)).max(MAX_SEEN),
  lastIds: z.array(z.string().max(16)).max(MAX_IDS_PER_SAMPLE),
  lastAt: z.number().int().nonnegative().nullable(),
  onlineOpen: z.boolean(),
  busyOpen: z.boolean(),
});
export type RoutingMyDayRecord = z.infer<typeof routingMyDayRecordSchema>;

export const agentIdSchema = z.string().trim().min(1).max(100);

/** Who this machine's agent is, as the day files name them. */
export const routingAgentRecordSchema = recordMetaSchema.extend({
  type: z.literal('routingAgent'),
  scope: z.literal('local'),
  agentId: agentIdSchema,
  agentName: agentIdSchema,
});
export const ROUTING_AGENT_ID = 'local:routing-agent';

export const measuredDaySchema = z.object({
  agentId: agentIdSchema,
  agentName: agentIdSchema,
  site: z.string().max(40),
  date: dateSchema.nullable(),
  online: intervals.nullable(),
  busy: intervals.nullable(),
  received: hours.nullable(),
  total: z.number().int().min(0).max(10_000_000),
});

/** One team member's day, imported by the owner (from a day file, a count table or typed by hand). */
export const routingTeamDayRecordSchema = recordMetaSchema.extend({
  ...measuredDaySchema.shape,
  type: z.literal('routingTeamDay'),
  scope: z.literal('local'),
  source: z.enum(['file', 'table', 'hand', 'team']),
  importedAt: z.number().int().nonnegative(),
});
export type RoutingTeamDayRecord = z.infer<typeof routingTeamDayRecordSchema>;

export const myDayId = (site: string, date: string) => `local:routing-day:${site}:${date}`;
/** The same agent-day always lands on the same id, so a second import replaces the first. */
export const teamDayId = (day: Pick<MeasuredDay, 'agentId' | 'site' | 'date'>) => {
  const key = dayKey(day);
  return `local:routing-team:${idHash(key)}-${idHash(`${key}#`)}`;
};
