import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Conversation } from '../../core/consoles';
import { isUrgent } from '../../core/customers/radar';
import { observeRadar, radarAt, type RadarEntry, type RadarMemory } from '../../core/customers/radar-board';
import type { ReplyWait } from '../../core/customers/radar-waits';

/** The countdowns tick this often, from memory: the page is read only when it changes. */
const TICK_MS = 1000;

export interface RadarState {
  /** The buyers waiting, most urgent first, as of the last tick. */
  entries: ReadonlySignal<RadarEntry[]>;
  /** How many of them need the agent now (the launcher's badge). */
  urgent: ReadonlySignal<number>;
  dispose(): void;
}

export interface RadarSources {
  site: string;
  conversations: ReadonlySignal<readonly Conversation[]>;
  /** The open conversation's unanswered count from its messages; null when unknown. */
  unanswered: ReadonlySignal<number | null>;
  report(wait: ReplyWait): void;
  clock?: () => number;
}

/**
 * The radar of one console tab: fed by every read of the page (each change of the conversation
 * list or the open conversation), ticking its countdowns every second in between.
 */
export function createRadarState({ site, conversations, unanswered, report, clock = Date.now }: RadarSources): RadarState {
  const memory = signal<RadarMemory>(new Map());
  const now = signal(clock());
  const stopObserving = effect(() => {
    const rows = conversations.value;
    const open = unanswered.value;
    const at = clock();
    const { memory: next, ended } = observeRadar(memory.peek(), rows, open, at, site);
    batch(() => {
      memory.value = next;
      now.value = at;
    });
    for (const wait of ended) report(wait);
  });
  const timer = setInterval(() => {
    for (const s of memory.peek().values()) {
      if (s.unanswered > 0) {
        now.value = clock();
        return;
      }
    }
  }, TICK_MS);
  const entries = computed(() => radarAt(memory.value, now.value));
  return {
    entries,
    urgent: computed(() => entries.value.filter((e) => isUrgent(e.level)).length),
    dispose() {
      stopObserving();
      clearInterval(timer);
    },
  };
}
