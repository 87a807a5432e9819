import { OUTCOMES_MAX, OUTCOMES_PER_BUYER } from '../playbooks';
import type { Change, RecordStore, StoreView } from '../store';
import type { ConversationOutcome, ConversationOutcomeRecord, OutcomeFields } from './model';

export interface OutcomesServiceDeps {
  store: RecordStore;
  now: () => number;
  newId: (prefix: string) => string;
}

export interface OutcomesService {
  /** Keeps one outcome (stamped with the background's clock); the oldest beyond the bounds go. */
  record(fields: OutcomeFields): Promise<{ value: ConversationOutcome }>;
  /** This buyer's outcomes on this console, newest first. */
  forBuyer(who: { site: string; buyerId: string }): Promise<{ value: ConversationOutcome[] }>;
}

const newestFirst = (a: ConversationOutcomeRecord, b: ConversationOutcomeRecord) => b.at - a.at || (a.id < b.id ? 1 : -1);

function outcomeOf(r: ConversationOutcomeRecord): ConversationOutcome {
  const { id, at, site, buyerId, source, playbook, path, resolved, sale, note } = r;
  return { id, at, site, buyerId, source, path, ...(playbook ? { playbook } : {}), ...(resolved !== undefined ? { resolved } : {}), ...(sale !== undefined ? { sale } : {}), ...(note ? { note } : {}) };
}

const outcomesIn = (view: Pick<StoreView, 'list'>) => view.list('conversationOutcome') as ConversationOutcomeRecord[];

/**
 * Conversation outcomes, per buyer. Writes are not broadcast (no `written`): the panel that records
 * one reads them again itself, and buyer data has no reason to travel to every console tab.
 */
export function createOutcomesService({ store, now, newId }: OutcomesServiceDeps): OutcomesService {
  return {
    async record(fields) {
      const { value } = await store.update((view) => {
        const at = now();
        const id = newId('out');
        const { note, ...rest } = fields;
        // A blank note is no note.
        const record = { ...rest, ...(note?.trim() ? { note: note.trim() } : {}), id, type: 'conversationOutcome', scope: 'local' as const, at };
        const all = outcomesIn(view).sort(newestFirst);
        const same = all.filter((r) => r.site === fields.site && r.buyerId === fields.buyerId);
        // The new one counts against both bounds: the oldest of this buyer, then of all, make room.
        const drop = new Set(same.slice(OUTCOMES_PER_BUYER - 1).map((r) => r.id));
        const kept = all.filter((r) => !drop.has(r.id));
        for (const r of kept.slice(OUTCOMES_MAX - 1)) drop.add(r.id);
        const changes: Change[] = [{ put: record }, ...[...drop].map((gone) => ({ delete: gone }))];
        return { changes, value: outcomeOf(record as ConversationOutcomeRecord) };
      });
      return { value };
    },

    async forBuyer({ site, buyerId }) {
      const records = (await store.list('conversationOutcome')) as ConversationOutcomeRecord[];
      const who = buyerId.trim();
      return { value: records.filter((r) => r.site === site && r.buyerId === who).sort(newestFirst).map(outcomeOf) };
    },
  };
}
