import { describe, expect, it } from 'vitest';
import { MIGRATIONS, RECORD_SCHEMAS, createRequests } from '../areas';
import { createIdMaker } from '../ids';
import { OUTCOMES_PER_BUYER } from '../playbooks';
import { MESSAGE_CHANNEL, createRequestHandler, type Reply } from '../protocol';
import { createMemoryBackend, createRecordStore } from '../store';
import { conversationOutcomeRecordSchema, createOutcomesService, type ConversationOutcome } from '.';

const T0 = Date.UTC(2026, 11, 1, 10);

function setup(backend = createMemoryBackend()) {
  const clock = { t: T0 };
  const now = () => clock.t;
  const store = createRecordStore({ backend, now, actor: 'dev', lang: 'en', schemas: RECORD_SCHEMAS, migrations: MIGRATIONS });
  const outcomes = createOutcomesService({ store, now, newId: createIdMaker({ now }) });
  const handle = createRequestHandler(createRequests({ outcomes } as never), { lang: 'en' });
  const ask = <T>(body: object) => handle({ channel: MESSAGE_CHANNEL, body }, 'console') as Promise<Reply<T>>;
  return { clock, store, outcomes, ask, backend };
}

const URGE = { site: 'pinduoduo', buyerId: '7301001', source: 'playbook' as const, playbook: 'urge-shipping' as const, path: ['state:not-shipped', 'overdue:on-time', 'reassure'] };

describe('conversation outcomes', () => {
  it('records one per conversation end and lists a buyer’s newest first, stamped by the background', async () => {
    const { ask, clock } = setup();
    const first = await ask<ConversationOutcome>({ kind: 'recordConversationOutcome', ...URGE, resolved: true, sale: false, note: '  明天上午发出  ' });
    expect(first).toMatchObject({ ok: true, value: { ...URGE, at: T0, resolved: true, sale: false, note: '明天上午发出' } });
    clock.t += 60_000;
    await ask({ kind: 'recordConversationOutcome', site: 'pinduoduo', buyerId: '7301001', source: 'closing', path: ['need-met', 'thanks'], resolved: true, sale: true, note: '   ' });
    await ask({ kind: 'recordConversationOutcome', ...URGE, buyerId: 'someone-else' });
    await ask({ kind: 'recordConversationOutcome', ...URGE, site: 'jd' });

    const listed = await ask<ConversationOutcome[]>({ kind: 'getConversationOutcomes', site: 'pinduoduo', buyerId: '7301001' });
    expect(listed.ok && listed.value.map((o) => [o.source, o.at, o.note ?? null])).toEqual([
      ['closing', T0 + 60_000, null],
      ['playbook', T0, '明天上午发出'],
    ]);
  });

  it('survive a restart of the background (a new store on the same storage)', async () => {
    const first = setup();
    await first.outcomes.record({ ...URGE, resolved: false });
    const again = setup(first.backend);
    const { value } = await again.outcomes.forBuyer({ site: 'pinduoduo', buyerId: '7301001' });
    expect(value).toEqual([expect.objectContaining({ playbook: 'urge-shipping', resolved: false })]);
    const [stored] = await again.store.list('conversationOutcome');
    expect(conversationOutcomeRecordSchema.safeParse(stored).success).toBe(true);
    expect(stored).toMatchObject({ scope: 'local', type: 'conversationOutcome' });
  });

  it('keep the newest per buyer: the oldest go when a buyer has too many', async () => {
    const { outcomes, clock } = setup();
    for (let i = 0; i < OUTCOMES_PER_BUYER + 3; i++) {
      clock.t = T0 + i * 1000;
      await outcomes.record({ ...URGE, note: `n${i}` });
    }
    await outcomes.record({ ...URGE, buyerId: 'other' });
    const { value } = await outcomes.forBuyer({ site: 'pinduoduo', buyerId: '7301001' });
    expect(value).toHaveLength(OUTCOMES_PER_BUYER);
    expect(value[0]!.note).toBe(`n${OUTCOMES_PER_BUYER + 2}`);
    expect(value.at(-1)!.note).toBe('n3');
    expect((await outcomes.forBuyer({ site: 'pinduoduo', buyerId: 'other' })).value).toHaveLength(1);
  });

  it('refuse bad input, saying which field, and store nothing', async () => {
    const { ask, store } = setup();
    const cases: [object, RegExp][] = [
      [{ ...URGE, playbook: undefined }, /playbook/],
      [{ ...URGE, source: 'closing' }, /playbook/],
      [{ ...URGE, playbook: 'haggle' }, /playbook/],
      [{ ...URGE, path: ['<script>'] }, /path/],
      [{ ...URGE, path: Array.from({ length: 31 }, () => 'step') }, /path/],
      [{ ...URGE, note: 'x'.repeat(501) }, /note/],
      [{ ...URGE, buyerId: '' }, /buyerId/],
      [{ ...URGE, buyerId: 'b'.repeat(65) }, /buyerId/],
      [{ ...URGE, site: 'Pin Duo Duo' }, /site/],
      [{ ...URGE, resolved: 'yes' }, /resolved/],
    ];
    for (const [body, field] of cases) {
      const reply = await ask({ kind: 'recordConversationOutcome', ...body });
      expect(reply.ok, JSON.stringify(body).slice(0, 80)).toBe(false);
      if (!reply.ok) expect([reply.error.message, ...(reply.error.details ?? [])].join(' ')).toMatch(field);
    }
    expect(await store.list('conversationOutcome')).toEqual([]);
  });
});
