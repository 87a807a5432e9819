import { assembleAreas } from './area';
import { customersArea } from './customers';
import { dataPackArea } from './data-pack';
import { libraryArea } from './library';
import { outcomesArea } from './outcomes';
import { metricsArea } from './metrics';
import { phraseImportArea } from './phrase-import';
import { phrasesArea } from './phrases';
import { recordsArea } from './records';
import { relationsArea } from './relations';
import { routingMeasuresArea } from './routing/measured';
import { routingArea } from './routing';
import type { ApiOf } from './protocol';
import { settingsArea } from './settings';
import { snapshotsArea } from './snapshots';
import { teamArea } from './team';
import { teamOwnerArea } from './team-owner';
import { transferArea } from './transfer';
import { usageArea } from './usage';

/**
 * Every core area, one line each (see `core/area.ts`). A new area: a folder with its `area.ts`,
 * exported by its `index.ts`, and one line here; the store, migrations and protocol follow.
 */
const CORE = assembleAreas([
  phrasesArea,
  libraryArea,
  settingsArea,
  usageArea,
  snapshotsArea,
  phraseImportArea,
  dataPackArea,
  relationsArea,
  transferArea,
  routingMeasuresArea,
  routingArea,
  outcomesArea,
  metricsArea,
  customersArea,
  recordsArea,
  teamArea,
  teamOwnerArea,
]);

/** Every record type the extension stores: what the store and backup imports validate against. */
export const RECORD_SCHEMAS = CORE.schemas;
/** The areas' migration steps, oldest first. */
export const MIGRATIONS = CORE.migrations;
/** Every request the background answers, built from the services it wires. */
export const createRequests = CORE.requests;

export type CoreServices = Parameters<typeof createRequests>[0];
export type CoreRequests = ReturnType<typeof createRequests>;
/** Per request kind: the message a page sends and the value it gets back (types only). */
export type CoreApi = ApiOf<CoreRequests>;
