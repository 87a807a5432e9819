import type { SiteId } from '../consoles';
import { say, type Lang } from '../i18n';
import { UserFacingError, asInput, capDetails, describeIssue, type Change, type RecordInput, type RecordStore, type StoredRecord, type StoreView, type WriteOutcome } from '../store';
import { cleanTags, duePromises, hasNotes, localDay, sortPromises, withPromise, withProductSeen, boundedPageText, type CustomerCard, type CustomerPromise, type DuePromise } from './card';
import { inactiveCustomers, type CleanupCandidate } from './cleanup';
import { defaultGroups, groupProblems, normalizePrefix, sortGroups, type CustomerGroup, type GroupView } from './groups';
import { CUSTOMER_LIMITS as L, TOUCH_INTERVAL_MS } from './limits';
import {
  CLEANUP_ID_PREFIX,
  CUSTOMER_GROUPS_ID,
  customerIdBase,
  customerRecordSchema,
  type CustomerCleanupRecord,
  type CustomerRecord,
} from './model';

/** A buyer of one console: what every card request names. */
export interface CustomerKey {
  site: SiteId;
  buyerId: string;
}

/** A card as the sidebar shows it: its fields, promises in the order to show them, and its times. */
export type CustomerView = CustomerCard & { id: string; createdAt: number; updatedAt: number };

export interface GroupWithCount extends GroupView {
  /** Customers in the group. */
  count: number;
}

export interface CardEdit extends CustomerKey {
  /** The buyer's name as the page shows it now (page text: cut, never refused). */
  name: string;
  nickname?: string;
  memo?: string;
  tags?: string[];
  /** `null` takes the customer out of any group. */
  groupId?: string | null;
}

export interface LastCleanup {
  id: string;
  at: number;
  days: number;
  count: number;
}

export interface CustomerService {
  getCard(key: CustomerKey): Promise<{ value: { card: CustomerView | null; groups: GroupView[] } }>;
  /** The conversation is open: the card's last contact, the buyer's name and the product they look at. Writes only what changed (last contact at most every 10 minutes). */
  touch(input: CustomerKey & { name: string; product?: string }): Promise<WriteOutcome<{ card: CustomerView }>>;
  saveCard(edit: CardEdit): Promise<WriteOutcome<{ card: CustomerView }>>;
  addPromise(input: CustomerKey & { name: string; text: string; due: string }): Promise<WriteOutcome<{ card: CustomerView }>>;
  /** Marks a promise done (or open again), or removes it. */
  updatePromise(input: CustomerKey & { promiseId: string; done?: boolean; remove?: boolean }): Promise<WriteOutcome<{ card: CustomerView }>>;
  /** Every open promise due today or before, of every customer; `today` is the seller's local day. */
  duePromises(): Promise<{ value: { today: string; items: DuePromise[] } }>;
  groups(): Promise<{ value: { groups: GroupWithCount[] } }>;
  /** Adds a group (no `id`) or renames/renumbers one. */
  saveGroup(input: { id?: string; prefix: string; name: string }): Promise<WriteOutcome<{ groups: GroupWithCount[]; id: string }>>;
  /** Deletes a group; its customers move to `moveTo` (`null`: no group). A group with customers needs `moveTo`. */
  deleteGroup(input: { id: string; moveTo?: string | null }): Promise<WriteOutcome<{ groups: GroupWithCount[]; moved: number }>>;
  previewCleanup(input: { days: number }): Promise<{ value: { candidates: CleanupCandidate[]; kept: number; lastCleanup: LastCleanup | null } }>;
  /** Removes the chosen candidates (each checked again); the removed cards are kept for `undoCleanup`. */
  cleanUp(input: { days: number; ids: string[] }): Promise<WriteOutcome<{ removed: number; undoId: string }>>;
  /** Puts every card of a cleanup back as it was; a customer seen again since keeps the newer card if the agent wrote on it. */
  undoCleanup(input: { id: string }): Promise<WriteOutcome<{ restored: number; skipped: number }>>;
}

export interface CustomerServiceDeps {
  store: RecordStore;
  now: () => number;
  newId: (prefix: string) => string;
  lang: Lang;
}

const isCustomer = (r: StoredRecord | undefined): r is CustomerRecord => r?.type === 'customer';

/** The stored card of a buyer (a tombstone too), or the free id to make it at. */
function findCustomer(get: (id: string) => StoredRecord | undefined, key: CustomerKey): { id: string; record?: CustomerRecord } {
  const base = customerIdBase(key.site, key.buyerId);
  for (let k = 0; ; k++) {
    const id = k === 0 ? base : `${base}-${k}`;
    const record = get(id);
    if (!record) return { id };
    if (isCustomer(record) && record.site === key.site && record.buyerId === key.buyerId) return { id, record };
  }
}

function viewOf(r: CustomerRecord): CustomerView {
  const { id, createdAt, updatedAt, site, buyerId, name, nickname, memo, tags, groupId, promises, lastContactAt, products } = r;
  return {
    id,
    createdAt,
    updatedAt,
    site,
    buyerId,
    name,
    nickname,
    memo,
    tags,
    ...(groupId !== undefined ? { groupId } : {}),
    promises: sortPromises(promises),
    ...(lastContactAt !== undefined ? { lastContactAt } : {}),
    products,
  };
}

const emptyCard = (key: CustomerKey, name: string): CustomerCard => ({ site: key.site, buyerId: key.buyerId, name, nickname: '', memo: '', tags: [], promises: [], products: [] });

/** A removed card keeps no notes: they live only in the cleanup record, for its undo. */
function tombstoneOf(c: CustomerRecord): Change {
  return { put: { id: c.id, type: 'customer', scope: 'local', createdAt: c.createdAt, ...emptyCard(c, ''), deleted: true } };
}


export function createCustomerService({ store, now, newId, lang }: CustomerServiceDeps): CustomerService {
  const invalid = (zh: string, en: string, details?: string[]) => new UserFacingError('invalid-data', say(lang, zh, en), details);
  const notFound = (zh: string, en: string) => new UserFacingError('not-found', say(lang, zh, en));

  function storedGroups(view: Pick<StoreView, 'get'>): CustomerGroup[] {
    const r = view.get(CUSTOMER_GROUPS_ID);
    return r && !r.deleted && Array.isArray(r.groups) ? (r.groups as CustomerGroup[]) : defaultGroups();
  }

  function groupsWithCounts(groups: readonly CustomerGroup[], customers: readonly StoredRecord[]): GroupWithCount[] {
    const counts = new Map<string, number>();
    for (const c of customers) if (typeof c.groupId === 'string') counts.set(c.groupId, (counts.get(c.groupId) ?? 0) + 1);
    return sortGroups(groups, lang).map((g) => ({ ...g, count: counts.get(g.id) ?? 0 }));
  }

  /** The put for a card: checked against the record schema here, so the error names the card's field in words. */
  function putCard(id: string, card: CustomerCard, existing?: CustomerRecord): { put: RecordInput } {
    const put: RecordInput = { ...(existing ? asInput(existing) : {}), id, type: 'customer', scope: 'local', ...card };
    if (card.groupId === undefined) delete put.groupId;
    if (card.lastContactAt === undefined) delete put.lastContactAt;
    delete put.deleted; // a card written again is live, even over a cleaned-up one
    const parsed = customerRecordSchema.safeParse({ ...put, schemaVersion: 1, updatedAt: 0, updatedBy: '', createdAt: existing?.createdAt ?? 0 });
    if (!parsed.success) {
      throw invalid(
        '客户卡片没有保存：内容不对。',
        'The customer card was not saved: some fields are not valid.',
        capDetails(parsed.error.issues.map((i) => describeIssue(i, lang)), lang),
      );
    }
    return { put };
  }

  /**
   * Reads the card (or a new one) inside a write, lets `change` edit it (given the card as stored
   * too), and stores the result; `null` from `change` writes nothing.
   */
  function editCard(key: CustomerKey, name: string | undefined, change: (card: CustomerCard, view: StoreView, before: CustomerCard | null) => CustomerCard | null) {
    return store.update((view) => {
      const { id, record } = findCustomer(view.get, key);
      const live = record && !record.deleted ? record : undefined;
      const before: CustomerCard | null = live ? viewOf(live) : null;
      const pageName = name === undefined ? '' : boundedPageText(name, L.name);
      const card = { ...(before ?? emptyCard(key, '')) };
      card.name = pageName || card.name || boundedPageText(key.buyerId, L.name);
      const next = change(card, view, before);
      if (!next) return { changes: [], value: { card: viewOf(live!) } };
      const put = putCard(id, next, record);
      const t = now();
      return { changes: [put], value: { card: viewOf({ ...put.put, createdAt: record?.createdAt ?? t, updatedAt: t } as unknown as CustomerRecord) } };
    });
  }

  function checkGroup(view: StoreView, groupId: string): void {
    if (!storedGroups(view).some((g) => g.id === groupId)) {
      throw notFound(`找不到这个客户分组（${groupId}），可能已被删除；请重新选择分组。`, `This customer group (${groupId}) was not found; it may have been deleted. Choose the group again.`);
    }
  }

  const dueOf = (t: number): string => localDay(t);

  return {
    async getCard(key) {
      const ids = new Map<string, StoredRecord | undefined>();
      // Probing reads a few ids at most; each read is one map lookup in the store.
      let k = 0;
      const base = customerIdBase(key.site, key.buyerId);
      for (;;) {
        const id = k === 0 ? base : `${base}-${k}`;
        const r = await store.get(id);
        ids.set(id, r);
        if (!r || (isCustomer(r) && r.site === key.site && r.buyerId === key.buyerId)) break;
        k++;
      }
      const { record } = findCustomer((id) => ids.get(id), key);
      const groupsRecord = await store.get(CUSTOMER_GROUPS_ID);
      const groups = sortGroups(storedGroups({ get: (id) => (id === CUSTOMER_GROUPS_ID ? groupsRecord : undefined) }), lang);
      return { value: { card: record && !record.deleted ? viewOf(record) : null, groups } };
    },

    touch({ site, buyerId, name, product }) {
      const t = now();
      return editCard({ site, buyerId }, name, (card, _view, before) => {
        const products = product ? withProductSeen(card.products, product, t) : card.products;
        const productChanged = products[0]?.title !== card.products[0]?.title;
        const stale = card.lastContactAt === undefined || t - card.lastContactAt >= TOUCH_INTERVAL_MS;
        if (before && !stale && !productChanged && card.name === before.name) return null;
        return { ...card, products, lastContactAt: Math.max(t, card.lastContactAt ?? 0) };
      });
    },

    saveCard(edit) {
      return editCard(edit, edit.name, (card, view) => {
        if (typeof edit.groupId === 'string') checkGroup(view, edit.groupId);
        const next: CustomerCard = { ...card };
        if (edit.nickname !== undefined) next.nickname = edit.nickname.trim();
        if (edit.memo !== undefined) next.memo = edit.memo;
        if (edit.tags !== undefined) next.tags = cleanTags(edit.tags);
        if (edit.groupId === null) delete next.groupId;
        else if (edit.groupId !== undefined) next.groupId = edit.groupId;
        return next;
      });
    },

    addPromise({ site, buyerId, name, text, due }) {
      const t = now();
      return editCard({ site, buyerId }, name, (card) => {
        const promise: CustomerPromise = { id: newId('prm'), text: text.trim(), due, done: false, madeAt: t };
        const promises = withPromise(card.promises, promise);
        if (!promises) {
          throw invalid(
            `这位客户已有 ${L.promises} 条未完成的承诺，没有添加。请先完成或删除一些。`,
            `This customer already has ${L.promises} open promises; nothing was added. Mark some done or remove them first.`,
          );
        }
        return { ...card, promises };
      });
    },

    updatePromise({ site, buyerId, promiseId, done, remove }) {
      const t = now();
      return editCard({ site, buyerId }, undefined, (card) => {
        const at = card.promises.findIndex((p) => p.id === promiseId);
        if (at < 0) throw notFound('找不到这条承诺，可能已被删除。', 'This promise was not found; it may have been removed.');
        const promises = [...card.promises];
        if (remove) promises.splice(at, 1);
        else if (done !== undefined) {
          const { doneAt: _d, ...open } = promises[at]!;
          promises[at] = done ? { ...open, done: true, doneAt: t } : { ...open, done: false };
        }
        return { ...card, promises };
      });
    },

    async duePromises() {
      const today = dueOf(now());
      const customers = (await store.list('customer')) as CustomerRecord[];
      return { value: { today, items: duePromises(customers, today) } };
    },

    async groups() {
      const record = await store.get(CUSTOMER_GROUPS_ID);
      const groups = storedGroups({ get: () => record });
      return { value: { groups: groupsWithCounts(groups, await store.list('customer')) } };
    },

    saveGroup({ id, prefix, name }) {
      return store.update((view) => {
        const groups = storedGroups(view).map((g) => ({ ...g }));
        const group = id === undefined ? { id: newId('grp').replace(/^grp_/, 'g') } : groups.find((g) => g.id === id);
        if (!group) throw notFound('找不到这个客户分组，可能已被删除。', 'This customer group was not found; it may have been deleted.');
        const next: CustomerGroup = { id: group.id, prefix: normalizePrefix(prefix), name: name.trim() };
        const list = id === undefined ? [...groups, next] : groups.map((g) => (g.id === id ? next : g));
        const problems = groupProblems(list, lang);
        if (problems.length > 0) throw invalid('分组没有保存：内容不对。', 'The group was not saved: something is not valid.', problems);
        return {
          changes: [{ put: { id: CUSTOMER_GROUPS_ID, type: 'customerGroups', scope: 'local', groups: list } }],
          value: { groups: groupsWithCounts(list, view.list('customer')), id: next.id },
        };
      });
    },

    deleteGroup({ id, moveTo }) {
      return store.update((view) => {
        const groups = storedGroups(view);
        if (!groups.some((g) => g.id === id)) throw notFound('找不到这个客户分组，可能已被删除。', 'This customer group was not found; it may have been deleted.');
        const members = (view.list('customer') as CustomerRecord[]).filter((c) => c.groupId === id);
        if (members.length > 0 && moveTo === undefined) {
          throw new UserFacingError(
            'invalid-request',
            say(lang, `这个分组里还有 ${members.length} 位客户：请选择把他们移到哪个分组，或移出分组，再删除。`, `This group still has customers (${members.length}): choose where to move them (or no group), then delete it.`),
          );
        }
        if (typeof moveTo === 'string' && (moveTo === id || !groups.some((g) => g.id === moveTo))) {
          throw notFound('要移入的分组不存在，没有删除。', 'The group to move the customers to does not exist; nothing was deleted.');
        }
        const list = groups.filter((g) => g.id !== id);
        const changes: Change[] = [{ put: { id: CUSTOMER_GROUPS_ID, type: 'customerGroups', scope: 'local', groups: list } }];
        for (const c of members) {
          const put: RecordInput = { ...asInput(c) };
          if (typeof moveTo === 'string') put.groupId = moveTo;
          else delete put.groupId;
          changes.push({ put });
        }
        const after = (view.list('customer') as CustomerRecord[]).map((c) => (c.groupId === id ? { ...c, groupId: moveTo ?? undefined } : c));
        return { changes, value: { groups: groupsWithCounts(list, after), moved: members.length } };
      });
    },

    async previewCleanup({ days }) {
      const customers = (await store.list('customer')) as CustomerRecord[];
      const { candidates, kept } = inactiveCustomers(customers, now(), days);
      const cleanups = ((await store.list('customerCleanup')) as CustomerCleanupRecord[]).sort((a, b) => b.at - a.at);
      const last = cleanups[0];
      return { value: { candidates, kept, lastCleanup: last ? { id: last.id, at: last.at, days: last.days, count: last.count } : null } };
    },

    cleanUp({ days, ids }) {
      return store.update((view) => {
        const t = now();
        const customers = view.list('customer') as CustomerRecord[];
        const { candidates } = inactiveCustomers(customers, t, days);
        const allowed = new Set(candidates.map((c) => c.id));
        const chosen = [...new Set(ids)];
        const notInactive = chosen.filter((id) => !allowed.has(id));
        if (notInactive.length > 0) {
          throw new UserFacingError(
            'conflict',
            say(lang, `有 ${notInactive.length} 位客户已不符合条件（刚联系过或有未完成的承诺），没有删除任何客户。请重新预览。`, `Some customers no longer qualify (${notInactive.length}: contacted since, or an open promise); nobody was removed. Preview again.`),
          );
        }
        if (chosen.length === 0) throw invalid('没有选择要清理的客户。', 'No customer was chosen for the cleanup.');
        if (chosen.length > L.cleanup) throw invalid(`一次最多清理 ${L.cleanup} 位客户。`, `At most ${L.cleanup} customers per cleanup.`);
        const removed = chosen.map((id) => view.get(id) as CustomerRecord);
        const undoId = CLEANUP_ID_PREFIX + newId('cln').replace(/^cln_/, '');
        const changes: Change[] = [
          { put: { id: undoId, type: 'customerCleanup', scope: 'local', at: t, days, count: removed.length, payload: JSON.stringify(removed) } },
          ...removed.map(tombstoneOf),
        ];
        // Older cleanups beyond the few kept are forgotten, with the cards they held.
        const older = (view.list('customerCleanup') as CustomerCleanupRecord[]).sort((a, b) => b.at - a.at).slice(L.cleanupsKept - 1);
        for (const o of older) changes.push({ put: { ...asInput(o), payload: '[]', count: 0, deleted: true } });
        return { changes, value: { removed: removed.length, undoId } };
      });
    },

    undoCleanup({ id }) {
      return store.update((view) => {
        const cleanup = view.get(id) as CustomerCleanupRecord | undefined;
        if (!cleanup || cleanup.type !== 'customerCleanup' || cleanup.deleted) {
          throw notFound('这次清理已无法撤销（已撤销过，或已被更新的清理替换）。', 'This cleanup can no longer be undone (it was undone already, or newer cleanups replaced it).');
        }
        let held: unknown;
        try {
          held = JSON.parse(cleanup.payload);
        } catch {
          held = null;
        }
        if (!Array.isArray(held)) throw invalid('这次清理的记录已损坏，无法撤销。', 'The record of this cleanup is damaged; it cannot be undone.');
        const changes: Change[] = [];
        let skipped = 0;
        for (const row of held as CustomerRecord[]) {
          const current = view.get(row.id) as CustomerRecord | undefined;
          if (current && !current.deleted) {
            // Seen again since: the agent's newer notes win; a card made only by the visit takes the old one back, with the newer contact.
            if (hasNotes(current)) {
              skipped++;
              continue;
            }
            const products = current.products.reduceRight((list, p) => withProductSeen(list, p.title, p.at), row.products);
            changes.push({ put: { ...asInput(row), name: current.name, products, lastContactAt: Math.max(current.lastContactAt ?? 0, row.lastContactAt ?? 0) } });
            continue;
          }
          changes.push({ put: asInput(row) });
        }
        changes.push({ put: { ...asInput(cleanup), payload: '[]', count: 0, deleted: true } });
        return { changes, value: { restored: held.length - skipped, skipped } };
      });
    },
  };
}
