/**
 * Issue 9, measured routing: what the recorder costs the background each minute (a batch of 20
 * samples of a 200-conversation list, on a day that has already seen 4,000 buyers), and building a
 * scenario from a month of a 30-agent team's days. Goals: a batch ≤ 5 ms, the scenario ≤ 50 ms.
 */
import { emptyHours, fixedClock, measuredScenario, recordSamples, type MeasuredDay, type RecorderDay, type Sample } from '../../core/routing/measured';
import { against, median, round, type BenchResult } from './run';

const clock = fixedClock(480);
const MIDNIGHT = Date.UTC(2026, 10, 30, 16);

function busyDay(): RecorderDay {
  let day: RecorderDay | null = null;
  for (let m = 0; m < 200; m++) {
    const ids = Array.from({ length: 200 }, (_, i) => `buyer-${m * 20 + i}`);
    day = recordSamples(day, 'taobao', [{ at: MIDNIGHT + (9 * 60 + m) * 60_000, online: true, waiting: m % 7, buyerIds: ids }], clock).at(-1)!;
  }
  return day!;
}

function teamMonth(): MeasuredDay[] {
  return Array.from({ length: 30 * 30 }, (_, k) => {
    const agent = k % 30;
    const date = `2026-11-${String(1 + Math.floor(k / 30)).padStart(2, '0')}`;
    const from = 8 + (agent % 4);
    const received = emptyHours().map((_, h) => (h >= from && h < from + 9 ? 3 + (agent % 5) : 0));
    return { agentId: `agent-${agent}`, agentName: `客服${agent}`, site: 'taobao', date, online: [[from * 60, (from + 9) * 60]], busy: [[(from + 2) * 60, (from + 3) * 60]], received, total: received.reduce((a, b) => a + b, 0) };
  });
}

export async function run(): Promise<BenchResult[]> {
  const day = busyDay();
  if (day.seen.length < 4000) throw new Error(`only ${day.seen.length} buyers seen`);
  const start = day.lastAt!;
  const batches: number[] = [];
  for (let b = 0; b < 30; b++) {
    const samples: Sample[] = Array.from({ length: 20 }, (_, i) => ({
      at: start + (b * 20 + i + 1) * 3_000,
      online: true,
      waiting: i % 8,
      buyerIds: Array.from({ length: 200 }, (_, k) => `buyer-${4000 + b * 20 + i + k}`),
    }));
    const t0 = performance.now();
    recordSamples(day, 'taobao', samples, clock);
    batches.push(performance.now() - t0);
  }
  const days = teamMonth();
  measuredScenario(days); // warm up
  const build: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    measuredScenario(days);
    build.push(performance.now() - t0);
  }
  return [
    against({ name: 'routing measures: recorder, one batch of 20 samples × 200 conversations', unit: 'ms', value: round(median(batches), 2) }, { name: 'goal', value: 5 }),
    against({ name: 'routing measures: scenario from 30 agents × 30 days', unit: 'ms', value: round(median(build), 2) }, { name: 'goal', value: 50 }),
  ];
}
