import { batch, signal } from '@preact/signals';
import type { Buyer, Conversation } from '../../core/consoles';
import type { PageProblem } from '../../components/sidebar/host';
import type { PageReader } from './page-reader';
import { pageVariables } from './page-variables';
import type { SelectorPart } from '../../sites/types';

/** How long a console may take to render its chat input before we say it is missing. */
const INPUT_GRACE_MS = 1500;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Keeps signals in step with a single-page console: the current buyer, the conversation list, the
 * variables the open conversation provides, its unanswered buyer messages and order status, and
 * what could not be found. Each signal changes only when its value does (so only changes reach the frame). Re-reads at most once per animation frame however much the page mutates.
 */
export function watchPage(reader: PageReader, signalAbort: AbortSignal) {
  const buyer = signal<Buyer | null>(null);
  const conversations = signal<Conversation[]>([]);
  const problems = signal<PageProblem[]>([]);
  const variables = signal<Record<string, string>>({});
  const buyerMessages = signal<string[]>([]);
  const orderStatus = signal<string | null>(null);
  const unanswered = signal(0);
  const startedAt = performance.now();
  let scheduled = false;

  /** One read of the page; its changes land together, so the frame gets one consistent state. */
  function read() {
    scheduled = false;
    batch(readPage);
  }

  function readPage() {
    const nextBuyer = reader.readCurrentBuyer();
    if (!sameJson(nextBuyer, buyer.value)) buyer.value = nextBuyer;
    const nextConversations = reader.readConversations();
    if (!sameJson(nextConversations, conversations.value)) conversations.value = nextConversations;
    const nextVariables = pageVariables(reader);
    if (!sameJson(nextVariables, variables.value)) variables.value = nextVariables;
    const nextMessages = reader.readBuyerMessages();
    if (!sameJson(nextMessages, buyerMessages.value)) buyerMessages.value = nextMessages;
    unanswered.value = reader.readUnansweredCount();
    const nextStatus = reader.readOrderStatus();
    if (nextStatus !== orderStatus.value) orderStatus.value = nextStatus;

    const found: PageProblem[] = reader.invalidParts().map((part: SelectorPart) => ({
      kind: 'invalid-selector',
      part,
      selector: reader.selector(part),
    }));
    const inputMissing = !reader.findChatInput() && !reader.invalidParts().includes('chatInput');
    if (inputMissing && performance.now() - startedAt > INPUT_GRACE_MS) {
      found.push({ kind: 'no-input', selector: reader.selector('chatInput') });
    }
    if (!sameJson(found, problems.value)) problems.value = found;
  }

  function schedule() {
    if (scheduled || signalAbort.aborted) return;
    scheduled = true;
    requestAnimationFrame(read);
  }

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'aria-selected', 'data-random', 'contenteditable', 'id'],
  });
  // The grace period ends without a mutation on a quiet page: look once more then.
  const timer = setTimeout(schedule, INPUT_GRACE_MS + 50);
  signalAbort.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  read();

  return { buyer, conversations, problems, variables, buyerMessages, orderStatus, unanswered, refresh: read };
}
