import { describe, expect, it } from 'vitest';
import { createRequests } from '../areas';
import { MESSAGE_CHANNEL, createRequestHandler, type SenderKind } from '../protocol';
import { createMemoryBackend } from '../store';
import { createTestClock, createTestStore } from '../../test/helpers/store';
import { createRoutingScenarioService } from './scenario-store';
import type { Scenario } from './schema';

const SCENARIO: Scenario = {
  agents: [
    { id: 'A', weight: 1, online: [[9, 18]], replySeconds: 30 },
    { id: 'B', weight: 2, online: [[12, 20]], replySeconds: 60, recentContacts: 5 },
  ],
  traffic: { perHour: Array.from({ length: 24 }, () => 10), returningShare: 0.2 },
};

function setup() {
  const backend = createMemoryBackend();
  const store = createTestStore({ backend, now: createTestClock(), actor: 'dev', lang: 'en' });
  const requests = createRequests({ routing: createRoutingScenarioService({ store, lang: 'en' }) } as never);
  const serve = createRequestHandler(requests, { lang: 'en' });
  const ask = (body: unknown, sender: SenderKind = 'options') => serve({ channel: MESSAGE_CHANNEL, body }, sender);
  return { ask, backend };
}

describe('routing area: the saved scenario', () => {
  it('is null until saved, then comes back as saved with its time', async () => {
    const { ask } = setup();
    expect(await ask({ kind: 'getRoutingScenario' }, 'console')).toEqual({ ok: true, value: null });
    const saved = await ask({ kind: 'saveRoutingScenario', scenario: SCENARIO });
    expect(saved).toEqual({ ok: true, value: { savedAt: expect.any(Number) } });
    const read = await ask({ kind: 'getRoutingScenario' }, 'console');
    expect(read).toEqual({ ok: true, value: { scenario: SCENARIO, savedAt: (saved as { value: { savedAt: number } }).value.savedAt } });
  });

  it('refuses a bad scenario field by field and keeps the one saved before', async () => {
    const { ask } = setup();
    await ask({ kind: 'saveRoutingScenario', scenario: SCENARIO });
    const bad = structuredClone(SCENARIO) as { agents: { weight: number; online: number[][] }[]; traffic: Record<string, unknown> };
    bad.agents[0]!.weight = -1;
    bad.agents[1]!.online = [[12, 25]];
    bad.traffic.orderStates = { 无订单: 0.5, 售后: 0.2 };
    const reply = await ask({ kind: 'saveRoutingScenario', scenario: bad });
    expect(reply.ok).toBe(false);
    const error = (reply as { error: { code: string; details: string[] } }).error;
    expect(error.code).toBe('invalid-data');
    expect(error.details).toEqual([
      expect.stringMatching(/^agents\[0\]\.weight: /),
      expect.stringMatching(/^agents\[1\]\.online\[0\]\[1\]: /),
      expect.stringMatching(/^traffic\.orderStates: shares add up to 70%/),
    ]);
    expect(await ask({ kind: 'getRoutingScenario' })).toEqual({ ok: true, value: { scenario: SCENARIO, savedAt: expect.any(Number) } });
  });

  it('saves only from the options page', async () => {
    const { ask } = setup();
    const reply = await ask({ kind: 'saveRoutingScenario', scenario: SCENARIO }, 'console');
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await ask({ kind: 'getRoutingScenario' })).toEqual({ ok: true, value: null });
  });
});
