import { computed, signal } from '@preact/signals';
import type { GroupRecord, PhraseRecord } from '../../core/phrases/model';
import type { ProtocolClient } from '../../core/protocol/client';
import { prepareIndex } from '../../core/phrases/search';
import type { Snapshot, UserError } from '../../core/protocol/messages';

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

  async function reload(): Promise<void> {
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

  return {
    snapshot,
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
