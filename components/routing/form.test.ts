import { describe, expect, it } from 'vitest';
import { applyPreset, checkForm, fieldKeys, formFromScenario, placeErrors, splitStates } from './form';
import { EXAMPLE_SCENARIO } from './example';

describe('scenario ↔ editor form', () => {
  it('a scenario read into the form comes back unchanged', () => {
    const form = formFromScenario(EXAMPLE_SCENARIO);
    expect(form.agents[0]).toEqual({ id: '小林', weight: '1', group: '售前', online: [['9', '12'], ['13', '23']], replySeconds: '40', recentContacts: '120' });
    expect(form.groups[0]).toEqual({ id: '售前', orderStates: '无订单, 未发货' });
    expect(form.perHour).toHaveLength(24);
    expect(checkForm(form, 'en')).toEqual({ scenario: EXAMPLE_SCENARIO, errors: [] });
  });

  it('leaves out optional fields left empty and reads states split by either comma', () => {
    const form = formFromScenario(EXAMPLE_SCENARIO);
    form.agents[0]!.recentContacts = '';
    form.agents[0]!.group = '';
    form.days = ' ';
    form.groups[0]!.orderStates = '无订单，未发货';
    const { scenario } = checkForm(form, 'en');
    expect(scenario?.agents[0]).toEqual({ id: '小林', weight: 1, online: [[9, 12], [13, 23]], replySeconds: 40 });
    expect(scenario && 'days' in scenario).toBe(false);
    expect(scenario?.groups?.[0]?.orderStates).toEqual(['无订单', '未发货']);
    expect(splitStates('a、b ,, c')).toEqual(['a', 'b', 'c']);
  });

  it('names every wrong field: a negative weight, hour 25, text for a number, shares not summing to 1', () => {
    const form = formFromScenario(EXAMPLE_SCENARIO);
    form.agents[1]!.weight = '-1';
    form.agents[2]!.online[0]![1] = '25';
    form.agents[3]!.replySeconds = 'abc';
    const first = checkForm(form, 'en');
    expect(first.scenario).toBeNull();
    expect(first.errors).toEqual([
      { field: 'agents[3].replySeconds', message: 'enter a number' },
      { field: 'agents[1].weight', message: 'too small (at least 0)' },
      { field: 'agents[2].online[0][1]', message: 'too large (at most 24)' },
    ]);
    // The cross-field checks run once the fields themselves are right.
    const fixed = formFromScenario(EXAMPLE_SCENARIO);
    fixed.mix[0]!.share = '0.9';
    expect(checkForm(fixed, 'zh').errors).toEqual([{ field: 'traffic.orderStates', message: '占比合计为 140%，应为 100%' }]);
  });

  it('places each error beside its field, or in the list at the top when no field claims it', () => {
    const form = formFromScenario(EXAMPLE_SCENARIO);
    const keys = fieldKeys(form);
    const { byKey, unplaced } = placeErrors(
      [
        { field: 'agents[2].online[0][1]', message: 'too large' },
        { field: 'agents[2].online[0]', message: 'start must be before end' },
        { field: 'groups[1].orderStates[0]', message: 'already bound' },
        { field: 'traffic.orderStates.售后', message: 'too large' },
        { field: 'elsewhere', message: '?' },
      ],
      keys,
    );
    expect([...byKey.entries()]).toEqual([
      ['agents[2].online[0][1]', ['too large']],
      ['agents[2].online[0]', ['start must be before end']],
      ['groups[1].orderStates', ['already bound']],
      ['traffic.orderStates.售后', ['too large']],
    ]);
    expect(unplaced).toEqual([{ field: 'elsewhere', message: '?' }]);
  });

  it('a preset changes the shape of the day, not its total', () => {
    const form = formFromScenario(EXAMPLE_SCENARIO);
    const total = (hours: string[]) => hours.reduce((a, h) => a + Number(h), 0);
    const evening = applyPreset('presetEvening', form.perHour);
    expect(Math.abs(total(evening) - total(form.perHour))).toBeLessThanOrEqual(12);
    expect(Number(evening[20])).toBeGreaterThan(Number(evening[4]) * 10);
  });
});
