import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, OPTIONS_ONLY, defineRequest } from '../protocol';
import { routingScenarioRecordSchema, type RoutingScenarioService } from './scenario-store';

/**
 * The owner's what-if scenario for the routing advisor (分流). Any of our pages reads it (the
 * sidebar's summary); only the options page, where the editor is, saves it.
 */
export const routingArea = defineArea({
  name: 'routing',
  records: { routingScenario: routingScenarioRecordSchema },
  requests: ({ routing }: { routing: RoutingScenarioService }) => ({
    getRoutingScenario: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: async () => ({ value: await routing.get() }) }),
    // `unknown` here so a bad scenario gets the advisor's own field-by-field errors, not the generic ones.
    saveRoutingScenario: defineRequest({ input: z.object({ scenario: z.unknown() }), allow: OPTIONS_ONLY, handle: (req) => routing.save(req.scenario) }),
  }),
});
