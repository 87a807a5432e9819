import { computed, signal } from '@preact/signals';
import type { GroupRecord, PhraseRecord } from '../../core/phrases/model';
import type { ProtocolClient } from '../../core/protocol/client';
import { prepareIndex } from '../../core/phrases/search';
import type { Snapshot, UserError } from '../../core/protocol/messages';

interface UsageRecordLike {
  type: 'phraseUsage';
  phraseId: string;
  count: number;
  lastUsedAt: number;
}

function isUsageRecord(r: unknown): r is UsageRecordLike {
  const v = r as Partial<UsageRecordLike> | null;
  return v?.type === 'phraseUsage' && typeof v.phraseId === 'string' && typeof v.count === 'number' && typeof v.lastUsedAt === 'number';
}

function isUiPreferences(r: unknown): r is { type: 'uiPreferences'; collapsed: Snapshot['sidebarCollapsed'] } {
  const v = r as { type?: unknown; collapsed?: unknown } | null;
  return v?.type === 'uiPreferences' && typeof v.collapsed === 'object' && v.collapsed !== null;
}

/**
 * The sidebar's copy of the library (DESIGN rule 3): loaded once, refreshed when the background
 * broadcasts a change, searched locally so typing never waits for a message round trip.
 */
export function createLibraryState(client: ProtocolClient) {
  const snapshot = signal<Snapshot | null>(null);
  const loadError = signal<UserError | null>(null);
  const phrases = computed<PhraseRecord[]>(() => snapshot.value?.phrases ?? []);
  const groups = computed<GroupRecord[]>(() => snapshot.value?.groups ?? []);
  let loading: Promise<void> | null = null;

  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  /**
   * Fetches the library again. A save reloads, and so does the change broadcast it causes: asks that
   * arrive while a fetch runs share one more fetch after it, rather than each fetching a large library.
   */
  function reload(): Promise<void> {
    if (!running) {
      running = fetchSnapshot().finally(() => (running = null));
      return running;
    }
    queued ??= running.then(() => {
      queued = null;
      return reload();
    });
    return queued;
  }

  async function fetchSnapshot(): Promise<void> {
    const reply = await client.request({ kind: 'getSnapshot' });
    if (reply.ok) {
      // Unpack the search index now rather than on the agent's first keystroke.
      prepareIndex(reply.value.phraseIndex);
      snapshot.value = reply.value;
      loadError.value = null;
    } else {
      loadError.value = reply.error;
    }
  }

  /**
   * A broadcast of written records. Usage counts and sidebar preferences are merged in place (they
   * change on every insertion or toggle, and reloading a large library each time would be
   * wasteful); anything else reloads.
   */
  function applyChange(records: readonly unknown[]): Promise<void> {
    const current = snapshot.value;
    if (!current || !records.every((r) => isUsageRecord(r) || isUiPreferences(r))) return reload();
    const usage = { ...current.usage };
    let sidebarCollapsed = current.sidebarCollapsed;
    for (const r of records) {
      if (isUsageRecord(r)) usage[r.phraseId] = { count: r.count, lastUsedAt: r.lastUsedAt };
      else if (isUiPreferences(r)) sidebarCollapsed = r.collapsed;
    }
    snapshot.value = { ...current, usage, sidebarCollapsed };
    return Promise.resolve();
  }

  return {
    snapshot,
    applyChange,
    phrases,
    groups,
    loadError,
    /** First load; later calls share it. */
    load: () => (loading ??= reload()),
    /** Called on a `recordsChanged` broadcast. */
    reload,
  };
}
export type LibraryState = ReturnType<typeof createLibraryState>;

/** The stored version of a phrase now (after fetching the library again), or null when it is gone. */
export async function readLatestPhrase(library: Pick<LibraryState, 'reload' | 'phrases'>, id: string): Promise<PhraseRecord | null> {
  await library.reload();
  return library.phrases.value.find((p) => p.id === id) ?? null;
}
