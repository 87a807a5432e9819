import { createCustomerService } from '../../core/customers';
import { createDataPack } from '../../core/data-pack';
import { createIdMaker } from '../../core/ids';
import { createLibraryService } from '../../core/library';
import { createMetricsService } from '../../core/metrics';
import { createOutcomesService } from '../../core/outcomes';
import { createPhraseImport } from '../../core/phrase-import';
import { createRecordsService } from '../../core/records';
import { createRelationsService } from '../../core/relations';
import { createRoutingScenarioService } from '../../core/routing';
import { createRoutingMeasuresService, fixedClock } from '../../core/routing/measured';
import { createSettingsService } from '../../core/settings';
import { createSnapshotService } from '../../core/snapshots';
import type { RecordStore } from '../../core/store';
import { resolveColumns } from '../../core/table-import';
import { NO_RELATIONS, createTransferService } from '../../core/transfer';
import { createTeamService } from '../../core/team';
import { createUsageService } from '../../core/usage';
import { createTeamRosterService } from '../../core/team-owner';
import { createTeamOwnerDesk } from '../../platform/sync/team-owner-desk';
import { REAL_REGISTRY } from './store';
import { memoryTeamPorts } from './team';

/** Every service the handler dispatches to, over one store (the real ones, as the background wires them). */
export function realServices(store: RecordStore, now: () => number) {
  const newId = createIdMaker({ now });
  return {
    library: createLibraryService({ store, newId, lang: 'en' }),
    settings: createSettingsService({ store, lang: 'en' }),
    dataPack: createDataPack({ ...REAL_REGISTRY, store, now, newId, lang: 'en' }),
    usage: createUsageService({ store, now, lang: 'en' }),
    snapshots: createSnapshotService({ store, newId, lang: 'en' }),
    phraseImport: createPhraseImport({ store, newId, lang: 'en' }),
    relations: createRelationsService({ store, now, newId, lang: 'en', resolveColumns }),
    transfer: createTransferService({ store, source: NO_RELATIONS, newId, now, lang: 'en' }),
    routingMeasures: createRoutingMeasuresService({ store, now, lang: 'en' }),
    routing: createRoutingScenarioService({ store, lang: 'en' }),
    outcomes: createOutcomesService({ store, now, newId }),
    metrics: createMetricsService({ store, now, dateOf: fixedClock(480).dateOf, lang: 'en' }),
    customers: createCustomerService({ store, now, newId, lang: 'en' }),
    records: createRecordsService({ store, newId, now, lang: 'en' }),
    team: createTeamService(memoryTeamPorts().ports, 'en'),
    ...teamOwnerServices(store, now),
  };
}

/** The owner's team services as a browser that never joined a team has them (no database is opened). */
export function teamOwnerServices(store: RecordStore, now: () => number) {
  const teamRoster = createTeamRosterService({ store, lang: 'en' });
  const noDatabase = (name: string): never => {
    throw new Error(`no team database without a team connection (${name})`);
  };
  const teamOwner = createTeamOwnerDesk({ keeper: { connection: async () => undefined }, openLocal: noDatabase, openRemote: noDatabase, store, roster: teamRoster, schemas: REAL_REGISTRY.schemas, now, lang: 'en' });
  return { teamRoster, teamOwner };
}
