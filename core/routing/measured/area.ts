import { z } from 'zod';
import { defineArea } from '../../area';
import { ANY_PAGE, OPTIONS_ONLY, defineRequest } from '../../protocol';
import { MAX_IDS_PER_SAMPLE } from './recorder';
import { agentIdSchema, dateSchema, measuredDaySchema, routingAgentRecordSchema, routingMyDayRecordSchema, routingTeamDayRecordSchema, siteSchema } from './records';
import type { RoutingMeasuresService } from './service';

const sampleSchema = z.object({
  at: z.number().int().nonnegative(),
  online: z.boolean(),
  waiting: z.number().int().min(0).max(100_000),
  buyerIds: z.array(z.string().max(300)).max(MAX_IDS_PER_SAMPLE),
});

/**
 * Measured routing (issue 9, "measured, not guessed"): the sidebar's samples of the console into the
 * agent's day records, the day file it exports, and the team data the owner imports in the options
 * page. Everything stays on this machine; only the day file, which holds counts, leaves it.
 */
export const routingMeasuresArea = defineArea({
  name: 'routingMeasures',
  records: { routingMyDay: routingMyDayRecordSchema, routingAgent: routingAgentRecordSchema, routingTeamDay: routingTeamDayRecordSchema },
  requests: ({ routingMeasures: m }: { routingMeasures: RoutingMeasuresService }) => ({
    recordRoutingSamples: defineRequest({
      input: z.object({ site: siteSchema, samples: z.array(sampleSchema).min(1).max(500) }),
      allow: ANY_PAGE,
      handle: (req) => m.record(req.site, req.samples),
    }),
    getMyRoutingDays: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: () => m.myDays() }),
    setRoutingAgent: defineRequest({ input: z.object({ id: agentIdSchema, name: agentIdSchema.optional() }), allow: ANY_PAGE, handle: (req) => m.setAgent(req) }),
    exportRoutingDay: defineRequest({ input: z.object({ site: siteSchema, date: dateSchema }), allow: ANY_PAGE, handle: (req) => m.exportDay(req.site, req.date) }),
    importRoutingDayFiles: defineRequest({
      input: z.object({ files: z.array(z.object({ name: z.string().max(300), text: z.string().max(1_000_000) })).min(1).max(200) }),
      allow: OPTIONS_ONLY,
      handle: (req) => m.importFiles(req.files),
    }),
    addRoutingCounts: defineRequest({
      input: z.object({ source: z.enum(['table', 'hand']), days: z.array(measuredDaySchema).min(1).max(12_000) }),
      allow: OPTIONS_ONLY,
      handle: (req) => m.addCounts(req.source, req.days),
    }),
    getRoutingTeamDays: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: () => m.teamDays() }),
    deleteRoutingTeamDays: defineRequest({ input: z.object({ ids: z.array(z.string().max(80)).min(1).max(12_000) }), allow: OPTIONS_ONLY, handle: (req) => m.deleteTeamDays(req.ids) }),
  }),
});
