import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../core/routing';
import { analyse } from './analyse';
import { createAnalyser, type AnalyserState, type WorkerLike } from './analysis-client';
import type { AnalysisReply, AnalysisRequest } from './analysis-types';
import { EXAMPLE_SCENARIO } from './example';

const TWO: Scenario = {
  agents: [
    { id: 'A', weight: 1, online: [[8, 22]], replySeconds: 30 },
    { id: 'B', weight: 1, online: [[8, 16]], replySeconds: 30 },
  ],
  traffic: { perHour: Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 22 ? 6 : 0)), returningShare: 0 },
  days: 2,
};

/** A worker in the same thread: answers as the real one does, when the test says so. */
function fakeWorkers() {
  const made: (WorkerLike & { asked: AnalysisRequest[]; terminated: boolean; answer(reply?: Partial<AnalysisReply>): void })[] = [];
  const makeWorker = async () => {
    const worker = {
      asked: [] as AnalysisRequest[],
      terminated: false,
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage(message: AnalysisRequest) {
        worker.asked.push(message);
      },
      terminate() {
        worker.terminated = true;
      },
      /** Runs the real analysis for the last request and posts every stage. */
      answer(override?: Partial<AnalysisReply>) {
        const request = worker.asked.at(-1)!;
        const send = (data: AnalysisReply) => worker.onmessage?.({ data } as MessageEvent<AnalysisReply>);
        for (const stage of analyse(request)) send({ id: request.id, ok: true, ...stage, ...override } as AnalysisReply);
        send({ id: request.id, ok: true, stage: 'done', ...override } as AnalysisReply);
      },
    };
    made.push(worker);
    return worker;
  };
  return { made, makeWorker };
}

afterEach(() => vi.useRealTimers());

describe('analysis stages (what the worker posts)', () => {
  it('gives the estimate, the causes and the recommendations, worded in the page language', () => {
    const stages = [...analyse({ id: 1, scenario: TWO, lang: 'en' })];
    expect(stages.map((s) => s.stage)).toEqual(['estimate', 'causes', 'recommendations']);
    const [estimate, causes, recs] = stages as [Extract<(typeof stages)[0], { stage: 'estimate' }>, Extract<(typeof stages)[0], { stage: 'causes' }>, Extract<(typeof stages)[0], { stage: 'recommendations' }>];
    expect(estimate.estimate.agents.map((a) => a.id)).toEqual(['A', 'B']);
    expect(estimate.estimate.agents[0]!.share.mean).toBeGreaterThan(estimate.estimate.agents[1]!.share.mean);
    expect(causes.causes[0]).toMatchObject({ cause: 'online-time', text: expect.stringMatching(/^A is online 14 h a day, B 8 h: this explains/) });
    expect(recs.recommendations.length).toBeGreaterThan(0);
    const best = recs.recommendations[0]!;
    expect(best.before.map((b) => b.id)).toEqual(['A', 'B']);
    expect(best.text).toMatch(/[A-Z]/);
    const gap = (shares: { share: number }[]) => Math.abs(shares[0]!.share - shares[1]!.share);
    expect(gap(best.predicted)).toBeLessThan(gap(best.before));
  });

  it('words causes in Chinese for a zh page, and the sidebar can skip the recommendations', () => {
    const stages = [...analyse({ id: 1, scenario: EXAMPLE_SCENARIO, lang: 'zh', skipRecommendations: true })];
    expect(stages.map((s) => s.stage)).toEqual(['estimate', 'causes']);
    const causes = stages[1] as Extract<(typeof stages)[0], { stage: 'causes' }>;
    expect(causes.causes).toHaveLength(5);
    expect(causes.causes[0]!.text).toMatch(/个百分点|不影响/);
  });
});

describe('analyser (the page side of the worker)', () => {
  it('waits for the edits to stop, then asks once about the latest scenario', async () => {
    vi.useFakeTimers();
    const { made, makeWorker } = fakeWorkers();
    const states: AnalyserState[] = [];
    const analyser = createAnalyser({ makeWorker, lang: 'en', onChange: (s) => states.push(s), debounceMs: 300 });
    analyser.request({ ...TWO, days: 1 });
    await vi.advanceTimersByTimeAsync(100);
    analyser.request(TWO);
    expect(analyser.state().status).toBe('analysing');
    await vi.advanceTimersByTimeAsync(300);
    expect(made).toHaveLength(1);
    expect(made[0]!.asked).toEqual([{ id: 2, scenario: TWO, lang: 'en' }]);
    made[0]!.answer();
    expect(analyser.state()).toMatchObject({ status: 'done', scenario: TWO });
    expect(Object.keys(analyser.state().analysis)).toEqual(['estimate', 'causes', 'recommendations']);
  });

  it('stops an analysis nobody needs any more and drops its late answers', async () => {
    vi.useFakeTimers();
    const { made, makeWorker } = fakeWorkers();
    const analyser = createAnalyser({ makeWorker, lang: 'en', onChange: () => undefined, debounceMs: 10 });
    analyser.request({ ...TWO, days: 1 });
    await vi.advanceTimersByTimeAsync(10);
    analyser.request(TWO);
    await vi.advanceTimersByTimeAsync(10);
    expect(made).toHaveLength(2);
    expect(made[0]!.terminated).toBe(true);
    made[0]!.answer(); // the old worker's answer arrives late: ignored
    expect(analyser.state()).toMatchObject({ status: 'analysing', analysis: {} });
    made[1]!.answer();
    expect(analyser.state()).toMatchObject({ status: 'done', scenario: TWO });
  });

  it('drops an answer whose id is not the latest, and reports a failure in the worker', async () => {
    vi.useFakeTimers();
    const { made, makeWorker } = fakeWorkers();
    const analyser = createAnalyser({ makeWorker, lang: 'en', onChange: () => undefined, debounceMs: 10 });
    analyser.request(TWO);
    await vi.advanceTimersByTimeAsync(10);
    made[0]!.answer({ id: 99 } as Partial<AnalysisReply>);
    expect(analyser.state().analysis).toEqual({});
    made[0]!.onmessage?.({ data: { id: 1, ok: false, message: 'boom' } } as MessageEvent<AnalysisReply>);
    expect(analyser.state()).toMatchObject({ status: 'failed', message: 'boom' });
  });

  it('cancel: a scenario with errors is not analysed and the wait ends', async () => {
    vi.useFakeTimers();
    const { made, makeWorker } = fakeWorkers();
    const analyser = createAnalyser({ makeWorker, lang: 'en', onChange: () => undefined, debounceMs: 10 });
    analyser.request(TWO);
    analyser.cancel();
    await vi.advanceTimersByTimeAsync(50);
    expect(made).toHaveLength(0);
    expect(analyser.state().status).toBe('idle');
  });
});
