/** The layering of the source tree, as rules over real import edges (checked by architecture.test.ts). */
import type { EntryException, ImportEdge, LayerRule } from './import-graph';

const pkg = (names: RegExp) => (e: ImportEdge) => e.external && names.test(e.to);
const under = (...dirs: string[]) => (e: ImportEdge) => !e.external && dirs.some((d) => e.to.startsWith(d));
/** Storage, WXT and the browser API: only platform/ and the entrypoints use them. */
const BROWSER_GLUE = /^(idb-keyval|wxt|wxt\/.*|#imports|@wxt-dev\/.*|webextension-polyfill)$/;

export const LAYER_RULES: LayerRule[] = [
  { name: 'components never import entrypoints', from: 'components/', to: under('entrypoints/') },
  { name: 'core stays pure (no storage, WXT or browser API)', from: 'core/', to: pkg(BROWSER_GLUE) },
  { name: 'core imports no outer layer', from: 'core/', to: under('platform/', 'components/', 'entrypoints/', 'sites/') },
  { name: 'platform imports no UI', from: 'platform/', to: under('components/', 'entrypoints/') },
];

/**
 * Files outside an area may import it only through its `index.ts`, except these: each index also
 * brings zod schemas or the pinyin index builder, which the console pages must not load.
 */
export const ENTRY_EXCEPTIONS: EntryException[] = [
  { from: 'core/client.ts', to: 'core/protocol/client.ts', why: 'the typed client for every page: no zod in the content script or sidebar frame' },
  { from: 'components/', to: 'core/phrases/search.ts', why: 'search over keys the background computed, without the index builder (pinyin-pro, ~300 KB)' },
  { from: 'components/', to: 'core/phrases/limits.ts', why: 'the phrase form checks field lengths as the agent types: the phrases index would bring zod and pinyin' },
  { from: 'components/', to: 'core/phrases/suggest.ts', why: 'suggested replies rank in the sidebar frame: the phrases index would bring zod and the pinyin index builder' },
  { from: 'components/', to: 'core/phrases/stages.ts', why: 'stage names for the sidebar form, without the zod schemas of model.ts' },
  { from: 'components/', to: 'core/phrases/lint.ts', why: 'phrase hints in the sidebar form, without the pinyin index builder' },
  { from: 'components/', to: 'core/phrases/variables.ts', why: 'variable filling at insert time in the sidebar, without the pinyin index builder' },
  { from: 'components/manager/', to: 'core/phrases/model.ts', why: 'stage and scope lists for the manager, without the pinyin index builder' },
  { from: 'components/', to: 'core/library/library-view.ts', why: 'pages build the library view themselves from IndexedDB or a delta, without zod or pinyin' },
  { from: 'components/', to: 'core/library/search-keys.ts', why: 'pages patch search keys from a delta, without the index builder' },
  { from: 'platform/', to: 'core/library/library-view.ts', why: 'the IndexedDB reader builds the view in the page, without zod or pinyin' },
  { from: 'platform/', to: 'core/library/search-keys.ts', why: 'the IndexedDB reader checks the kept search keys, without the index builder' },
  { from: 'platform/', to: 'core/store/schema-version.ts', why: 'the IndexedDB reader checks the stored version, without the store and its zod' },
  { from: 'core/library/library-view.ts', to: 'core/phrases/search-types.ts', why: 'pages import the view builder: the phrases index would bring zod and pinyin' },
  { from: 'core/library/search-keys.ts', to: 'core/phrases/search-types.ts', why: 'pages import the key checks: the phrases index would bring zod and pinyin' },
  { from: 'components/', to: 'core/library/packed-index.ts', why: 'pages adopt the search index the background packed, without zod or pinyin' },
  { from: 'core/library/packed-index.ts', to: 'core/phrases/search-columns.ts', why: 'pages import the packed-index check: the phrases index would bring zod and pinyin' },
  { from: 'core/library/packed-index.ts', to: 'core/phrases/search-types.ts', why: 'pages import the packed-index check: the phrases index would bring zod and pinyin' },
  { from: 'platform/', to: 'core/library/library-blob.ts', why: 'the IndexedDB reader loads the view the background kept, without zod or pinyin' },
  { from: 'core/library/library-blob.ts', to: 'core/phrases/search-columns.ts', why: 'pages import the kept-view loader: the phrases index would bring zod and pinyin' },
  { from: 'core/library/library-blob.ts', to: 'core/phrases/search-types.ts', why: 'pages import the kept-view loader: the phrases index would bring zod and pinyin' },
  { from: 'core/library/library-view.ts', to: 'core/phrases/search-tags.ts', why: 'pages build the index tag list with the view: the phrases index would bring zod and pinyin' },
  { from: 'core/library/library-blob.ts', to: 'core/phrases/search-tags.ts', why: 'pages build the index tag list of a kept view: the phrases index would bring zod and pinyin' },
  { from: 'components/', to: 'core/phrases/search-tags.ts', why: 'pages rebuild the index tag list after an in-place edit, without the pinyin index builder' },
  { from: 'components/', to: 'core/phrases/synonyms.ts', why: 'the sidebar widens its search with shop synonyms, without the pinyin index builder' },
  { from: 'components/', to: 'core/library/group-tree.ts', why: 'group trees for the sidebar form and the manager, without the library service and its zod' },
  { from: 'components/', to: 'core/phrases/auto-reply.ts', why: 'the 128-character counter in the phrase form, without the pinyin index builder' },
  { from: 'components/radar/', to: 'core/customers/radar.ts', why: 'the radar ticks in the sidebar frame: the customers index would bring the customer card\'s zod schemas' },
  { from: 'components/radar/', to: 'core/customers/radar-board.ts', why: 'the radar\'s memory in the sidebar frame, without the customer card\'s zod schemas' },
  { from: 'components/radar/', to: 'core/customers/radar-waits.ts', why: 'the reply-wait type for the radar in the sidebar frame (type import), without zod' },
  { from: 'components/radar/', to: 'core/customers/radar-holding.ts', why: 'the holding reply chosen in the sidebar frame, without the customer card\'s zod schemas' },
  { from: 'components/', to: 'core/relations/classify.ts', why: 'reasons for the row marks in the sidebar frame, without the zod schemas of the relations index' },
  { from: 'components/', to: 'core/relations/model.ts', why: 'Account and Roster types for the sidebar frame (type imports only)' },
  { from: 'components/relations/', to: 'core/table-import/convert.ts', why: 'page and file rows into relations/accounts in the sidebar frame, without the file readers (XLSX, papaparse)' },
  { from: 'components/relations/', to: 'core/table-import/fields.ts', why: 'the fields and header names for the column mapping, without the file readers' },
  { from: 'components/sidebar/table-messages.ts', to: 'core/table-import/fields.ts', why: 'the field names from their one source, without zod and the file readers in the sidebar' },
  { from: 'components/relations/', to: 'core/table-import/mapping.ts', why: 'header matching in the import preview, without the file readers' },
  { from: 'core/table-import/mapping.ts', to: 'core/phrase-files/columns.ts', why: 'header folding shared with phrase files, without their readers and zod' },
  { from: 'core/data-pack/backup-file.ts', to: 'core/phrase-files/json-depth.ts', why: 'the backup edge check shares the depth scan, without the phrase readers' },
  { from: 'components/manager/parse-off-thread.ts', to: 'core/phrase-files/messages.ts', why: 'the time-limit sentence, without loading the phrase readers before a file is chosen' },
  { from: 'components/file-worker/handle-job.ts', to: 'core/phrase-files/parse-phrase-file.ts', why: 'the file worker holds the readers only, not the writers and the phrase model' },
  { from: 'components/backup/BackupImport.tsx', to: 'core/data-pack/backup-file.ts', why: 'the backup file checked at the edge, without the data pack, store and zod in the page' },
  { from: 'core/table-import/read-table-file.ts', to: 'core/phrase-files/cells.ts', why: 'the table readers without the phrase model (zod, pinyin) in the parse worker and pages' },
  { from: 'core/table-import/read-table-file.ts', to: 'core/phrase-files/csv.ts', why: 'the table readers without the phrase model (zod, pinyin) in the parse worker and pages' },
  { from: 'core/table-import/read-table-file.ts', to: 'core/phrase-files/decode-text.ts', why: 'the table readers without the phrase model (zod, pinyin) in the parse worker and pages' },
  { from: 'core/table-import/read-table-file.ts', to: 'core/phrase-files/file-kind.ts', why: 'the table readers without the phrase model (zod, pinyin) in the parse worker and pages' },
  { from: 'core/table-import/read-table-file.ts', to: 'core/phrase-files/spreadsheet.ts', why: 'the table readers without the phrase model (zod, pinyin) in the parse worker and pages' },
  { from: 'core/table-import/read-table-file.ts', to: 'core/phrase-files/table.ts', why: 'the table readers without the phrase model (zod, pinyin) in the parse worker and pages' },
  { from: 'components/transfer/', to: 'core/transfer/export-rows.ts', why: 'the plan as a table for CSV/XLSX, without the transfer area and its zod' },
  { from: 'core/areas.ts', to: 'core/routing/measured/index.ts', why: 'routingMeasures is its own area inside core/routing (issue 9: measured data beside the model); its index.ts is its entry' },
  { from: 'entrypoints/background.ts', to: 'core/routing/measured/index.ts', why: 'routingMeasures is its own area inside core/routing (issue 9: measured data beside the model); its index.ts is its entry' },
  { from: 'components/routing-data/', to: 'core/routing/measured/index.ts', why: 'routingMeasures is its own area inside core/routing (issue 9: measured data beside the model); its index.ts is its entry' },
  { from: 'components/routing-data/', to: 'core/routing/measured/day.ts', why: 'time and interval helpers for 我的分流 in the sidebar frame, without the day-file schema (zod)' },
  { from: 'components/routing-data/', to: 'core/routing/measured/clock.ts', why: 'today in local time for 我的分流 in the sidebar frame, without zod' },
  { from: 'components/file-worker/', to: 'core/routing/measured/index.ts', why: 'routingMeasures is its own area inside core/routing; the file worker reads count tables with it' },
  { from: 'core/team-owner/', to: 'core/routing/measured/index.ts', why: 'routingMeasures is its own area inside core/routing; the owner team views feed its team days (issue 13 item 5)' },
  { from: 'components/records/', to: 'core/records/limits.ts', why: 'the bounds of a conversation read from the page, for the content script and the sidebar frame, without zod' },
  { from: 'components/options/', to: 'core/settings/model.ts', why: 'the variable names for the options page, without the area declaration' },
  { from: 'components/customers/', to: 'core/customers/limits.ts', why: 'input bounds of the customer card in the sidebar frame, without the customers area and its zod' },
  { from: 'components/options/', to: 'core/usage/reply-picks.ts', why: 'the most picked phrases for the options page, without the usage area declaration (zod)' },
];
