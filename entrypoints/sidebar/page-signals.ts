import { computed, type ReadonlySignal } from '@preact/signals';
import type { PageState } from '../../components/sidebar/frame-channel';

const sameStrings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * The page's buyer messages and order status as host signals. Every page message brings a fresh
 * array: the signal keeps the one it has while the messages read the same, so what depends on it
 * (suggestions) runs again only when the buyer's words change, not when a wait timer ticks.
 */
export function pageTextSignals(page: ReadonlySignal<PageState>): {
  buyerMessages: ReadonlySignal<readonly string[]>;
  orderStatus: ReadonlySignal<string | null>;
} {
  let kept: readonly string[] = [];
  const buyerMessages = computed(() => {
    const next = page.value.buyerMessages;
    if (!sameStrings(kept, next)) kept = next;
    return kept;
  });
  return { buyerMessages, orderStatus: computed(() => page.value.orderStatus) };
}
