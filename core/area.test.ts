import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assembleAreas, defineArea } from './area';
import { MIGRATIONS, RECORD_SCHEMAS } from './areas';
import { dataPackArea } from './data-pack';
import { libraryArea } from './library';
import { phraseImportArea } from './phrase-import';
import { phrasesArea } from './phrases';
import { ANY_PAGE, MESSAGE_CHANNEL, createRequestHandler, defineRequest } from './protocol';
import { settingsArea } from './settings';
import { snapshotsArea } from './snapshots';
import { recordMetaSchema, runMigrations } from './store';
import { usageArea } from './usage';
import { createTestClock, createTestStore } from '../test/helpers/store';
import { createMemoryBackend } from './store';

/** A new area as a later issue would add it: a record type, a migration step and a request. */
const notesArea = defineArea({
  name: 'notes',
  records: { buyerNote: recordMetaSchema.extend({ type: z.literal('buyerNote'), text: z.string().max(200) }) },
  migrations: [{ from: 3, to: 4, migrate: (records) => records.map((r) => (r.type === 'buyerNote' ? { ...r, text: String(r.text ?? '') } : r)) }],
  requests: ({ notes }: { notes: { count(): number } }) => ({
    countNotes: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: async () => ({ value: { count: notes.count() } }) }),
  }),
});

const TODAY = [phrasesArea, libraryArea, settingsArea, usageArea, snapshotsArea, phraseImportArea, dataPackArea] as const;

describe('areas plug in', () => {
  it('the registry holds every record type and migration step the areas declare', () => {
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual(
      ['conversationOutcome', 'conversationRecord', 'customer', 'customerCleanup', 'customerGroups', 'librarySnapshot', 'metricsDay', 'phrase', 'phraseGroup', 'phraseUsage', 'relationChunk', 'relationRoster', 'relationSet', 'replyPicks', 'replyWaitDay', 'routingAgent', 'routingMyDay', 'routingScenario', 'routingTeamDay', 'selectorOverrides', 'starterLibraryState', 'synonymSettings', 'tableMapping', 'teamMember', 'transferTask', 'uiPreferences', 'variableSettings'].sort(),
    );
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('a new area plugs in with one line: its records are stored, its data migrated, its request served', async () => {
    const withNotes = assembleAreas([...TODAY, notesArea]);
    expect(withNotes.schemas.buyerNote).toBe(notesArea.records!.buyerNote);
    expect(withNotes.migrations.map((m) => m.from)).toEqual([1, 2, 3]);
    expect(runMigrations([{ type: 'buyerNote' }], 3, 4, withNotes.migrations, 'en')).toEqual([{ type: 'buyerNote', text: '', schemaVersion: 4 }]);

    const store = createTestStore({ backend: createMemoryBackend(), now: createTestClock(), actor: 'a', schemas: withNotes.schemas, migrations: withNotes.migrations });
    const [note] = await store.write([{ put: { id: 'note_1', type: 'buyerNote', scope: 'shop', text: '要发顺丰' } }]);
    expect(note).toMatchObject({ type: 'buyerNote', text: '要发顺丰' });

    const requests = withNotes.requests({ notes: { count: () => 7 } } as Parameters<typeof withNotes.requests>[0]);
    const handle = createRequestHandler(requests, { lang: 'en' });
    expect(await handle({ channel: MESSAGE_CHANNEL, body: { kind: 'countNotes' } }, 'console')).toEqual({ ok: true, value: { count: 7 } });
  });

  it('two areas declaring the same record type or request are refused at once', () => {
    const twin = defineArea({ name: 'twin', records: { phrase: RECORD_SCHEMAS.phrase! } });
    expect(() => assembleAreas([phrasesArea, twin])).toThrow('record type phrase is declared by two areas: phrases and twin');
    const again = assembleAreas([notesArea, { ...notesArea, name: 'notes-again', records: {}, migrations: [] }]);
    expect(() => again.requests({ notes: { count: () => 0 } })).toThrow('request countNotes is declared by two areas');
  });

  it('steps of one version from two areas run one after the other', () => {
    const a = { from: 1, to: 2, migrate: (rs: Array<Record<string, unknown>>) => rs.map((r) => ({ ...r, a: true })) };
    const b = { from: 1, to: 2, migrate: (rs: Array<Record<string, unknown>>) => rs.map((r) => ({ ...r, b: r.a === true })) };
    const joined = assembleAreas([defineArea({ name: 'a', migrations: [a] }), defineArea({ name: 'b', migrations: [b] })]).migrations;
    expect(runMigrations([{ type: 'x' }], 1, 2, joined, 'en')).toEqual([{ type: 'x', a: true, b: true, schemaVersion: 2 }]);
  });
});
