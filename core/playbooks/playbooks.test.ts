import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from '../phrases';
import { CLOSING_CHECKLIST, PLAYBOOKS, PLAYBOOK_IDS, checkPlaybook, starterPhraseId, type Playbook, type PhraseRef } from '.';

const STARTER = new Map(STARTER_PHRASES.map((p) => [starterPhraseId(p.key), p]));
const refsOf = (p: Playbook): PhraseRef[] => p.steps.flatMap((s) => (s.kind === 'action' ? s.phrases : []));

describe('the playbooks', () => {
  it('are the five of the issue, each id once', () => {
    expect(PLAYBOOKS.map((p) => p.id)).toEqual([...PLAYBOOK_IDS]);
    expect(PLAYBOOKS.map((p) => p.name.zh)).toEqual(['催发货', '订单修改', '退换货', '投诉', '差评']);
  });

  it.each(PLAYBOOKS.map((p) => [p.id, p] as const))('%s: every way through ends, every step is reached', (_id, playbook) => {
    expect(checkPlaybook(playbook)).toEqual([]);
  });

  it.each(PLAYBOOKS.map((p) => [p.id, p] as const))('%s: every proposed phrase is a starter phrase, by id and title', (_id, playbook) => {
    for (const ref of refsOf(playbook)) {
      const starter = STARTER.get(starterPhraseId(ref.key));
      expect(starter, ref.key).toBeDefined();
      expect(starter!.title, ref.key).toBe(ref.title);
    }
  });

  it('public-reply steps propose public replies only, chat steps none', () => {
    for (const playbook of PLAYBOOKS) {
      for (const step of playbook.steps) {
        if (step.kind !== 'action') continue;
        for (const ref of step.phrases) expect(!!STARTER.get(starterPhraseId(ref.key))!.publicReply, `${playbook.id}/${step.id}/${ref.key}`).toBe(!!step.publicReply);
      }
    }
  });

  it('every text is written in both languages', () => {
    const texts = PLAYBOOKS.flatMap((p) => [p.name, p.summary, ...p.steps.flatMap((s) => [s.title, ...(s.hint ? [s.hint] : []), ...(s.kind === 'question' ? s.choices.map((c) => c.label) : [])])]);
    for (const t of texts) {
      expect(t.zh.trim()).not.toBe('');
      expect(t.en.trim()).not.toBe('');
      expect(t.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('催发货 covers both cases of DOMAIN §1: reassure with a ship time, or apologise, log, compensate', () => {
    const urge = PLAYBOOKS[0]!;
    const keys = refsOf(urge).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['ship-urge-on-time', 'ship-urge-overdue', 'ship-overdue-record', 'ship-overdue-coupon', 'esc-authority']));
  });
});

describe('a graph check that can fail', () => {
  const base: Playbook = {
    id: 'complaint',
    name: { zh: '测', en: 'T' },
    summary: { zh: '测', en: 'T' },
    start: 'a',
    steps: [
      { id: 'a', kind: 'question', title: { zh: '问', en: 'Q' }, choices: [{ id: 'x', label: { zh: 'x', en: 'x' }, next: 'b' }, { id: 'y', label: { zh: 'y', en: 'y' }, next: 'c' }] },
      { id: 'b', kind: 'action', title: { zh: '说', en: 'S' }, phrases: [{ key: 'k', title: 't' }], asks: [] },
      { id: 'c', kind: 'action', title: { zh: '说', en: 'S' }, phrases: [{ key: 'k', title: 't' }], asks: [], next: 'a' },
    ],
  };
  it('finds a circle, an unknown next, an unreached step', () => {
    expect(checkPlaybook(base)).toEqual(['circle: a → c → a']);
    const unknown = { ...base, steps: [base.steps[0]!, base.steps[1]!, { ...base.steps[2]!, next: 'zz' }] } as Playbook;
    expect(checkPlaybook(unknown)).toEqual(['step c leads to unknown zz']);
    const stray = { ...base, steps: [...base.steps.slice(0, 2), { ...base.steps[2]!, next: undefined }, { ...base.steps[1]!, id: 'd' }] } as Playbook;
    expect(checkPlaybook(stray)).toEqual(['step d is never reached']);
  });
});

describe('the closing checklist', () => {
  it('has the six items of DOMAIN §1, in order', () => {
    expect(CLOSING_CHECKLIST.map((i) => i.id)).toEqual(['need-met', 'thanks', 'goodbye', 'feedback', 'contact', 'unresolved']);
  });
  it('proposes 结束-stage starter phrases, by id and title', () => {
    for (const item of CLOSING_CHECKLIST) {
      expect(item.phrases.length, item.id).toBeGreaterThan(0);
      for (const ref of item.phrases) {
        const starter = STARTER.get(starterPhraseId(ref.key));
        expect(starter?.title, ref.key).toBe(ref.title);
        expect(starter?.stage, ref.key).toBe('closing');
      }
    }
  });
});
