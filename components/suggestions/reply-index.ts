import { signal, type ReadonlySignal } from '@preact/signals';
import type { LibraryView } from '../../core/client';
import { replyIndexBuilder, type ReplyIndex } from '../../core/phrases/suggest';

/** Build in slices this long, then let the frame breathe: a 10,000-phrase library takes ~1 s. */
const SLICE_MS = 8;

const yieldToFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The reply index of a library view as a signal: null while it is built (in slices, so the
 * sidebar stays responsive), then the index. Built once per phrase list and owner's synonym pairs:
 * a usage count or a pick brings a new view with the same phrases and needs no rebuild.
 */
export function createReplyIndexSource(view: ReadonlySignal<LibraryView | null>) {
  const index = signal<ReplyIndex | null>(null);
  let builtFor: { phrases: object; pairs: object } | null = null;
  let run = 0;

  async function build(current: LibraryView) {
    const mine = ++run;
    const builder = replyIndexBuilder({ synonymPairs: current.synonymPairs });
    let sliceStart = performance.now();
    for (const phrase of current.phrases) {
      builder.add(phrase);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToFrame();
        if (mine !== run) return; // a newer library came meanwhile
        sliceStart = performance.now();
      }
    }
    index.value = builder.finish();
  }

  /** Call when the view changes (cheap when the phrases did not). */
  function update() {
    const current = view.value;
    if (!current) return;
    if (builtFor && builtFor.phrases === current.phrases && builtFor.pairs === current.synonymPairs) return;
    builtFor = { phrases: current.phrases, pairs: current.synonymPairs };
    void build(current);
  }

  return { index: index as ReadonlySignal<ReplyIndex | null>, update };
}

/** One source per library state: tabs that come and go share the index instead of rebuilding it. */
const sources = new WeakMap<object, ReturnType<typeof createReplyIndexSource>>();
export function replyIndexSourceOf(library: { snapshot: ReadonlySignal<LibraryView | null> }) {
  let source = sources.get(library);
  if (!source) {
    source = createReplyIndexSource(library.snapshot);
    sources.set(library, source);
  }
  return source;
}
