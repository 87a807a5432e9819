import { describe, expect, it } from 'vitest';
import { PLAYBOOKS, answersOf, back, choose, currentStep, isLastStep, pathOf, preselectedChoice, proceed, startRun, type Playbook } from '.';

const urge = PLAYBOOKS.find((p) => p.id === 'urge-shipping')!;
const byId = (id: string): Playbook => PLAYBOOKS.find((p) => p.id === id)!;

describe('walking 催发货', () => {
  it('not shipped, on time: reassure with a concrete ship time, and the run ends there', () => {
    let run = startRun(urge);
    expect(currentStep(run).id).toBe('state');
    run = choose(run, 'not-shipped');
    run = choose(run, 'on-time');
    const step = currentStep(run);
    expect(step.id).toBe('reassure');
    expect(isLastStep(step)).toBe(true);
    expect(step.kind === 'action' && step.phrases.map((p) => p.key)).toEqual(['ship-urge-on-time', 'ship-urge-today']);
    expect(pathOf(run)).toEqual(['state:not-shipped', 'overdue:on-time', 'reassure']);
  });

  it('overdue: apologise and log, then compensation within authority, or escalate beyond it', () => {
    let run = choose(choose(startRun(urge), 'not-shipped'), 'late');
    expect(currentStep(run).id).toBe('apologise');
    expect(isLastStep(currentStep(run))).toBe(false);
    run = proceed(run);
    expect(currentStep(run).id).toBe('compensate');
    expect(currentStep(choose(run, 'within')).id).toBe('coupon');
    const beyond = choose(run, 'beyond');
    expect(currentStep(beyond).id).toBe('ask-supervisor');
    expect(pathOf(beyond)).toEqual(['state:not-shipped', 'overdue:late', 'apologise', 'compensate:beyond', 'ask-supervisor']);
  });

  it('back undoes the last answer, and is null at the start', () => {
    const start = startRun(urge);
    expect(back(start)).toBeNull();
    const shipped = choose(start, 'shipped');
    expect(currentStep(shipped).id).toBe('tracking');
    const again = back(shipped)!;
    expect(currentStep(again).id).toBe('state');
    expect(pathOf(again)).toEqual(['state']);
    expect(back(proceed(choose(choose(start, 'not-shipped'), 'late')))!.at).toBe('apologise');
  });

  it('refuses an answer the step does not offer, and going on from a question or the last step', () => {
    const start = startRun(urge);
    expect(() => choose(start, 'maybe')).toThrow(/no answer maybe/);
    expect(() => proceed(start)).toThrow(/no next step/);
    const last = choose(choose(start, 'not-shipped'), 'on-time');
    expect(() => proceed(last)).toThrow(/no next step/);
    expect(() => choose(last, 'on-time')).toThrow(/asks no question/);
  });
});

describe('the page’s order state preselects the shipped / not-shipped answer', () => {
  it('on the questions that ask it, and nowhere else', () => {
    const state = currentStep(startRun(urge));
    expect(preselectedChoice(state, 'not-shipped')).toBe('not-shipped');
    expect(preselectedChoice(state, 'shipped')).toBe('shipped');
    expect(preselectedChoice(state, 'received')).toBeNull();
    expect(preselectedChoice(state, null)).toBeNull();
    const overdue = currentStep(choose(startRun(urge), 'not-shipped'));
    expect(preselectedChoice(overdue, 'not-shipped')).toBeNull();
    // 订单修改 asks it after "what does the buyer want".
    const change = choose(startRun(byId('order-change')), 'change');
    expect(preselectedChoice(currentStep(change), 'shipped')).toBe('shipped');
    expect(currentStep(choose(change, 'shipped')).id).toBe('change-shipped');
  });
});

describe('the other playbooks branch as DOMAIN §1 says', () => {
  it('订单修改: a forgotten coupon is a small refund of its value', () => {
    const run = choose(startRun(byId('order-change')), 'coupon');
    const step = currentStep(run);
    expect(step.kind === 'action' && step.phrases.map((p) => p.key)).toEqual(['order-forgot-coupon']);
  });
  it('退换货: conditions met and a cheap item: compensation or resend instead of a return', () => {
    const cheap = choose(choose(startRun(byId('return-exchange')), 'yes'), 'cheap');
    expect(currentStep(choose(cheap, 'compensate')).id).toBe('compensate');
    expect(currentStep(choose(cheap, 'resend')).id).toBe('resend');
    const notMet = choose(startRun(byId('return-exchange')), 'no');
    expect(currentStep(notMet).id).toBe('ask-why');
    expect(currentStep(choose(proceed(notMet), 'quality')).id).toBe('quality');
  });
  it('投诉: respond first, then within authority or escalate', () => {
    const run = proceed(startRun(byId('complaint')));
    expect(currentStep(choose(run, 'within')).id).toBe('settle');
    expect(currentStep(choose(run, 'beyond')).id).toBe('escalate');
  });
  it('差评: contact sincerely and ask for a follow-up review, else a calm public reply', () => {
    const start = startRun(byId('bad-review'));
    const fixed = choose(proceed(choose(start, 'contact')), 'yes');
    expect(currentStep(fixed).id).toBe('follow-up');
    const pub = currentStep(choose(start, 'public'));
    expect(pub.kind === 'action' && pub.publicReply).toBe(true);
  });
});

describe('answersOf', () => {
  it('says the answers of a path in words, leaving out what it does not know', () => {
    const labels = answersOf(urge, ['state:not-shipped', 'overdue:late', 'apologise', 'compensate:within', 'gone:x', 'coupon']);
    expect(labels.map((l) => l.zh)).toEqual(['还没发货', '已经超时', '在我的权限内补偿']);
  });
});
