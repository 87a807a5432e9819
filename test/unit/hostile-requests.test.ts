/**
 * Issue 12 item 3, the background's side: every request that carries page text (buyer names and
 * ids, messages, product titles, relation-table cells, phrase text and variable values), sent with
 * each hostile string through the real request handler over every real service. Each is answered
 * (saved, or refused with a message naming the field): nothing throws inside, nothing pollutes a
 * prototype, and the library still answers afterwards.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRequests } from '../../core/areas';
import { MESSAGE_CHANNEL, createRequestHandler } from '../../core/protocol';
import { HOSTILE_STRINGS, POLLUTED } from '../helpers/hostile-strings';
import { realServices } from '../helpers/services';
import { createFlakyBackend, createTestClock, createTestStore } from '../helpers/store';

function setup() {
  const now = createTestClock();
  const store = createTestStore({ backend: createFlakyBackend(), now, actor: 'dev', lang: 'en' });
  const onUnexpectedError = vi.fn();
  const requests = createRequests(realServices(store, now));
  const serve = createRequestHandler(requests, { lang: 'en', onUnexpectedError });
  // What arrives from a page went through structured cloning as JSON-like data: a string key
  // `__proto__` is an own property there, as JSON.parse makes it.
  const ask = (body: unknown, sender: 'console' | 'options' = 'console') => serve(JSON.parse(JSON.stringify({ channel: MESSAGE_CHANNEL, body })), sender);
  return { ask, onUnexpectedError };
}

type Reply = Awaited<ReturnType<ReturnType<typeof setup>['ask']>>;

/** Saved, or refused with a message that names what: never an internal error. */
function expectAnswered(reply: Reply, what: string): void {
  if (reply.ok) return;
  expect(reply.error.code, `${what}: ${JSON.stringify(reply.error).slice(0, 300)}`).not.toBe('internal');
  expect(reply.error.message.length, what).toBeGreaterThan(0);
}

/** Page text as the page reader hands it on: cut to its bound (the requests refuse longer text). */
const cut = (text: string, max: number) => text.slice(0, max);

afterEach(() => {
  expect(({} as Record<string, unknown>)[POLLUTED]).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty(POLLUTED);
});

describe('hostile page text through every request that carries it', () => {
  it.each(HOSTILE_STRINGS.map((s) => [s.label, s.text] as const))('%s: each request is answered, none throws inside', async (label, text) => {
    const { ask, onUnexpectedError } = setup();
    const id = cut(text, 64).trim() || 'blank';
    const site = 'pinduoduo';
    const replies: [string, Reply][] = [];
    const send = async (what: string, body: unknown, sender?: 'console' | 'options') => replies.push([what, await ask(body, sender)]);

    // Customer card: the buyer's id and name, the product title, a note.
    await send('touchCustomer', { kind: 'touchCustomer', site, buyerId: id, name: cut(text, 10_000), product: cut(text, 10_000) });
    await send('saveCustomerCard', { kind: 'saveCustomerCard', site, buyerId: id, name: cut(text, 10_000), memo: cut(text, 500), nickname: cut(text, 20), tags: [cut(text, 10)] });
    await send('addCustomerPromise', { kind: 'addCustomerPromise', site, buyerId: id, name: cut(text, 100), text: cut(text, 100) || 'x', due: '2026-12-02' });
    await send('getCustomerCard', { kind: 'getCustomerCard', site, buyerId: id });
    // Conversation record: buyer, product and messages as the page shows them.
    await send('saveConversationRecord', {
      kind: 'saveConversationRecord',
      draft: { site, buyerId: id, buyerName: cut(text, 120), product: cut(text, 120), messages: [{ from: 'buyer', text: cut(text, 2_000) || 'x' }, { from: 'agent', text: 'ok' }], cuts: { earlier: 0, long: 0 } },
    });
    await send('listConversationRecords', { kind: 'listConversationRecords', query: cut(text, 100) });
    await send('getRecordQuestions', { kind: 'getRecordQuestions' });
    // Reply picks: the buyer's messages as the question.
    const phrase = await ask({ kind: 'savePhrase', phrase: { title: cut(text, 60).trim() || 't', text: `${cut(text, 500)} {买家}{${id.replace(/[^\p{L}\p{N}_]/gu, '').slice(0, 20) || 'x'}}`, groupId: null, code: cut(text, 10) } });
    replies.push(['savePhrase', phrase]);
    const phraseId = phrase.ok ? (phrase.value as { id: string }).id : (((await ask({ kind: 'savePhrase', phrase: { title: 't', text: 'x', groupId: null } })) as { value: { id: string } }).value.id);
    await send('recordUsage', { kind: 'recordUsage', phraseId, question: cut(text, 300) });
    // Variable values the seller keeps, keyed by the variable's name.
    await send('saveVariableSettings', { kind: 'saveVariableSettings', values: { [cut(text, 20)]: cut(text, 100), 店铺: cut(text, 100) } });
    // Relation and staff tables: every cell as the page shows it.
    const set = await ask({ kind: 'beginRelationSet', source: 'scan', label: cut(text, 200) });
    replies.push(['beginRelationSet', set]);
    if (set.ok) {
      const setId = (set.value as { setId: string }).setId;
      await send('addRelations', { kind: 'addRelations', setId, relations: [{ buyerId: cut(text, 200).trim() || 'b', buyerName: cut(text, 200), accountId: cut(text, 200) }], cursor: { pagesDone: 1 } });
      await send('finishRelationSet', { kind: 'finishRelationSet', setId });
    }
    await send('saveRoster', { kind: 'saveRoster', mode: 'merge', accounts: [{ id: cut(text, 200).trim() || 'a', name: cut(text, 200).trim(), status: 'active', dedicated: true, inRouting: true, main: false, rights: [cut(text, 200)] }] });
    await send('getTableMapping', { kind: 'getTableMapping', table: 'relations', headers: [cut(text, 200), '买家ID'] });
    await send('saveTableMapping', { kind: 'saveTableMapping', table: 'relations', mapping: { buyerId: cut(text, 200), [cut(text, 40)]: cut(text, 200) } });
    await send('getRelationReport', { kind: 'getRelationReport' });
    await send('getRoster', { kind: 'getRoster' });
    // Outcomes and reply waits, keyed by the buyer id.
    await send('recordConversationOutcome', { kind: 'recordConversationOutcome', site, buyerId: id, source: 'closing', path: [], note: cut(text, 200) });
    await send('getConversationOutcomes', { kind: 'getConversationOutcomes', site, buyerId: id });
    await send('recordReplyWaits', { kind: 'recordReplyWaits', waits: [{ site, buyerId: cut(text, 300) || 'b', askedAt: 1_764_000_000_000, answeredAt: null }] });
    await send('saveMetricsDay', { kind: 'saveMetricsDay', day: { date: '2025-11-24', product: cut(text, 60), visitors: 12 } });
    // And everything still reads back.
    await send('getLibraryView', { kind: 'getLibraryView' });
    await send('getDuePromises', { kind: 'getDuePromises' });
    await send('exportAll', { kind: 'exportAll' }, 'options');

    for (const [what, reply] of replies) expectAnswered(reply, `${label} → ${what}`);
    // Page text is data: whatever it says, what the page showed is kept (cut to size).
    const mustSave = ['touchCustomer', 'saveCustomerCard', 'getCustomerCard', 'saveConversationRecord', 'recordUsage', 'addRelations', 'finishRelationSet', 'saveRoster', 'saveTableMapping', 'recordConversationOutcome', 'recordReplyWaits', 'saveMetricsDay', 'exportAll'];
    if (text.trim() !== '') expect(replies.filter(([what, r]) => mustSave.includes(what) && !r.ok).map(([what]) => what), label).toEqual([]);
    expect(onUnexpectedError).not.toHaveBeenCalled();
    const view = await ask({ kind: 'getLibraryView' });
    expect(view.ok).toBe(true);
  });
});
