import { z } from 'zod';
import { UserFacingError } from '../errors';
import { say, type Lang } from '../i18n';
import { recordMetaSchema, type RecordStore, type WriteOutcome } from '../store';
import { parseScenario } from './parse';
import { scenarioSchema, type Scenario } from './schema';

/** The owner's one saved what-if scenario (分流): local to this machine, replaced on every save. */
export const ROUTING_SCENARIO_ID = 'local:routing:scenario';

export const routingScenarioRecordSchema = recordMetaSchema.extend({
  type: z.literal('routingScenario'),
  scope: z.literal('local'),
  scenario: scenarioSchema,
});

export interface SavedScenario {
  scenario: Scenario;
  /** When it was last saved (ms since epoch). */
  savedAt: number;
}

export interface RoutingScenarioService {
  get(): Promise<SavedScenario | null>;
  /** Checks the scenario field by field; refuses it whole (nothing written) when a field is wrong. */
  save(scenario: unknown): Promise<WriteOutcome<{ savedAt: number }>>;
}

export function createRoutingScenarioService({ store, lang }: { store: RecordStore; lang: Lang }): RoutingScenarioService {
  return {
    async get() {
      const record = await store.get(ROUTING_SCENARIO_ID);
      if (!record || record.deleted) return null;
      return { scenario: record.scenario as Scenario, savedAt: record.updatedAt };
    },
    async save(value) {
      const parsed = parseScenario(value, lang);
      if (!parsed.ok) {
        throw new UserFacingError(
          'invalid-data',
          say(lang, '分流场景没有保存：有些字段不对。', 'The routing scenario was not saved: some fields are not valid.'),
          parsed.errors.map((e) => `${e.field}: ${e.message}`),
        );
      }
      const written = await store.write([{ put: { id: ROUTING_SCENARIO_ID, type: 'routingScenario', scope: 'local', scenario: parsed.scenario } }]);
      return { value: { savedAt: written[0]!.updatedAt }, written };
    },
  };
}
