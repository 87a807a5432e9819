import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioSchema } from './index';

const HOURS = Array(24).fill(5);
const valid = () => ({
  agents: [
    { id: 'A', weight: 1, group: 'G', online: [[8, 22]], replySeconds: 30, recentContacts: 10 },
    { id: 'B', weight: 2, online: [[8, 12], [13, 17]], replySeconds: 60 },
  ],
  groups: [{ id: 'G', orderStates: ['未发货'] }],
  traffic: { perHour: HOURS, returningShare: 0.3, orderStates: { 无订单: 0.6, 未发货: 0.4 } },
  days: 3,
  seed: 7,
});
const fields = (value: unknown) => {
  const parsed = parseScenario(value, 'en');
  return parsed.ok ? [] : parsed.errors.map((e) => e.field);
};

describe('scenarioSchema / parseScenario', () => {
  it('accepts a valid scenario', () => {
    const parsed = parseScenario(valid(), 'en');
    expect(parsed.ok).toBe(true);
    expect(scenarioSchema.safeParse(valid()).success).toBe(true);
  });

  it('names the interval whose start is not before its end, in zh and en', () => {
    const s = valid();
    s.agents[1]!.online[1] = [17, 13];
    const en = parseScenario(s, 'en');
    const zh = parseScenario(s, 'zh');
    expect(en.ok ? [] : en.errors).toEqual([{ field: 'agents[1].online[1]', message: expect.stringContaining('start must be before end') }]);
    expect(zh.ok ? [] : zh.errors[0]!.message).toContain('开始时间须早于结束时间');
  });

  it('names each bad field', () => {
    const s = valid() as Record<string, any>;
    s.agents[0].weight = -1;
    s.agents[1].online[0] = [8, 25];
    s.agents[1].replySeconds = 'fast';
    s.traffic.returningShare = 1.5;
    s.days = 0;
    expect(fields(s)).toEqual(['agents[0].weight', 'agents[1].online[0][1]', 'agents[1].replySeconds', 'traffic.returningShare', 'days']);
  });

  it('refuses unknown fields (a typo would otherwise be dropped silently)', () => {
    const s = valid() as Record<string, any>;
    s.agents[1].recentContact = 3;
    const parsed = parseScenario(s, 'en');
    expect(parsed.ok ? [] : parsed.errors).toEqual([{ field: 'agents[1]', message: expect.stringContaining('recentContact') }]);
  });

  it('checks across fields: ids, bindings, order-state shares, 24 hours', () => {
    const s = valid() as Record<string, any>;
    s.agents[1].id = 'A';
    s.groups.push({ id: 'H', orderStates: ['未发货', '已发货'] });
    s.traffic.orderStates = { 无订单: 0.5, 未发货: 0.4 };
    s.traffic.perHour = [1, 2, 3];
    const parsed = parseScenario(s, 'en');
    expect(parsed.ok).toBe(false);
    const byField = Object.fromEntries(parsed.ok ? [] : parsed.errors.map((e) => [e.field, e.message]));
    expect(byField).toEqual({
      'traffic.perHour': 'needs 24 values, one for each hour',
      'agents[1].id': 'repeats an earlier id',
      'groups[1].orderStates[0]': 'already bound to group G',
      'groups[1].orderStates[1]': 'is not among the order states in traffic.orderStates',
      'traffic.orderStates': 'shares add up to 90%, not 100%',
    });
  });

  it('refuses a scenario too large to simulate', () => {
    const s = valid();
    s.traffic.perHour = Array(24).fill(100_000);
    s.days = 60;
    expect(fields(s)).toEqual(['traffic.perHour']);
  });

  it('needs at least one agent', () => {
    expect(fields({ ...valid(), agents: [] })).toEqual(['agents']);
  });
});
