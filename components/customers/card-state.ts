import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ProtocolClient, Reply } from '../../core/client';
// Types only: nothing of core/customers (zod) is bundled into the sidebar frame.
import type { CustomerKey, CustomerView, DuePromise, GroupView } from '../../core/customers';
import type { SidebarHost } from '../sidebar/host';
import type { Lang } from '../../core/i18n';
import type { Status } from '../sidebar/status';

export type { CustomerKey, CustomerView, DuePromise, GroupView };

/** A conversation open this long counts as a contact (an agent scrolling through buyers does not). */
export const CONTACT_AFTER_MS = 2000;
/** Due promises are read again this often, so a promise falling due shows without a reload. */
const DUE_REFRESH_MS = 60_000;

export interface DueList {
  today: string;
  items: DuePromise[];
}

/** What the card panel and the tab badge share for one sidebar: the open buyer's card, the groups, the promises due. */
export interface CustomerCards {
  /** The open buyer as a card key; null off a console or with no conversation open. */
  key: ReadonlySignal<CustomerKey | null>;
  /** The open buyer's card; null when the buyer has none yet (or while it loads). */
  card: ReadonlySignal<CustomerView | null>;
  /** The key `card` belongs to (it lags `key` while the card loads). */
  cardKey: ReadonlySignal<CustomerKey | null>;
  groups: ReadonlySignal<GroupView[]>;
  due: ReadonlySignal<DueList>;
  /** Why the card could not be read (in the seller's words), or null. */
  error: ReadonlySignal<string | null>;
  reload(): Promise<void>;
  /** Sends a card write for `key` (the buyer it was made for, even if another is open now); the card follows when it is still open. */
  write(request: CardWrite): Promise<Reply<unknown>>;
  dispose(): void;
}

/** The card writes the panel makes; each names its buyer. */
export type CardWrite =
  | ({ kind: 'saveCustomerCard'; name: string; nickname?: string; memo?: string; tags?: string[]; groupId?: string | null } & CustomerKey)
  | ({ kind: 'addCustomerPromise'; name: string; text: string; due: string } & CustomerKey)
  | ({ kind: 'updateCustomerPromise'; promiseId: string; done?: boolean; remove?: boolean } & CustomerKey);

const sameKey = (a: CustomerKey | null, b: CustomerKey | null) => a?.site === b?.site && a?.buyerId === b?.buyerId;

const states = new WeakMap<SidebarHost, CustomerCards>();

/** The customer cards of a sidebar: made once per host, whoever asks first (the contact recorder, the tab badge, the panel). */
export function customerCards(host: SidebarHost): CustomerCards {
  let state = states.get(host);
  if (!state) states.set(host, (state = createCustomerCards(host, host.client)));
  return state;
}

function createCustomerCards(host: SidebarHost, client: ProtocolClient): CustomerCards {
  const site = host.site.id;
  let keptKey: CustomerKey | null = null;
  const key = computed<CustomerKey | null>(() => {
    const buyer = host.buyer.value;
    const next = site && buyer?.id ? { site, buyerId: buyer.id.slice(0, 64) } : null;
    // The same buyer read again is the same key: nothing reloads while a wait timer ticks.
    if (!sameKey(next, keptKey)) keptKey = next;
    return keptKey;
  });
  const card = signal<CustomerView | null>(null);
  const cardKey = signal<CustomerKey | null>(null);
  const groups = signal<GroupView[]>([]);
  const due = signal<DueList>({ today: '', items: [] });
  const error = signal<string | null>(null);

  const showCard = (forKey: CustomerKey, value: CustomerView | null) => {
    if (!sameKey(forKey, key.peek())) return; // the agent moved on: this answer is for another buyer
    card.value = value;
    cardKey.value = forKey;
  };

  async function loadCard(forKey: CustomerKey): Promise<void> {
    const reply = await client.request({ kind: 'getCustomerCard', ...forKey });
    if (!reply.ok) {
      if (sameKey(forKey, key.peek())) error.value = reply.error.message;
      return;
    }
    error.value = null;
    groups.value = reply.value.groups;
    showCard(forKey, reply.value.card);
  }

  async function loadDue(): Promise<void> {
    const reply = await client.request({ kind: 'getDuePromises' });
    if (reply.ok) due.value = reply.value;
  }

  async function touch(forKey: CustomerKey): Promise<void> {
    const product = host.productTitle?.peek() ?? undefined;
    const reply = await client.request({ kind: 'touchCustomer', ...forKey, name: host.buyer.peek()?.name ?? '', ...(product ? { product } : {}) });
    if (reply.ok) showCard(forKey, reply.value.card);
  }

  let contactTimer: ReturnType<typeof setTimeout> | undefined;
  const stopKey = effect(() => {
    const current = key.value;
    host.productTitle?.value; // a new product card in the same conversation is a new contact too
    clearTimeout(contactTimer);
    if (!current) {
      card.value = null;
      cardKey.value = null;
      return;
    }
    if (!sameKey(current, cardKey.peek())) void loadCard(current);
    contactTimer = setTimeout(() => void touch(current), CONTACT_AFTER_MS);
  });

  void loadDue();
  const dueTimer = setInterval(() => void loadDue(), DUE_REFRESH_MS);
  // Another tab (or the options page) may have changed the card: read it again when the agent comes back.
  const onVisible = () => document.visibilityState === 'visible' && void reload();
  document.addEventListener('visibilitychange', onVisible);

  async function reload(): Promise<void> {
    const current = key.peek();
    await Promise.all([current ? loadCard(current) : undefined, loadDue()]);
  }

  return {
    key,
    card,
    cardKey,
    groups,
    due,
    error,
    reload,
    async write(request) {
      const reply = await client.request(request);
      if (reply.ok) {
        const { site: s, buyerId } = request;
        showCard({ site: s, buyerId }, (reply.value as { card: CustomerView }).card);
        if (request.kind !== 'saveCustomerCard') void loadDue();
      }
      return reply;
    },
    dispose() {
      stopKey();
      clearTimeout(contactTimer);
      clearInterval(dueTimer);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}

/** What every editable section of the card gets: the buyer it edits, the store of cards, the status line. */
export interface CardSectionProps {
  lang: Lang;
  cards: CustomerCards;
  status: Status;
  forKey: CustomerKey;
  buyerName: string;
}
