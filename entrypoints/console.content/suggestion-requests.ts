import type { PageMessage, Suggestion } from '../../components/sidebar/frame-channel';

/**
 * `/code` suggestions are asked of the sidebar frame, which holds the library. Only the latest
 * question waits for its answer: an older one still open is answered with nothing.
 */
export function createSuggestionRequests(send: (message: PageMessage) => void, connected: () => boolean) {
  let lastId = 0;
  let waiting: { id: number; resolve(hits: Suggestion[]): void } | null = null;
  return {
    ask(query: string): Promise<Suggestion[]> {
      waiting?.resolve([]);
      waiting = null;
      if (!connected()) return Promise.resolve([]);
      const id = ++lastId;
      return new Promise((resolve) => {
        waiting = { id, resolve };
        send({ kind: 'suggest', id, query });
      });
    },
    answer(id: number, hits: Suggestion[]): void {
      if (waiting?.id !== id) return;
      waiting.resolve(hits);
      waiting = null;
    },
  };
}
