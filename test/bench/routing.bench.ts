/**
 * Issue 9 routing model: one run of 20 agents × 10,000 inquiries (a day with a 19:00–22:00 peak,
 * groups bound to order states, returning buyers, mixed reply times) and a 100-seed Monte Carlo.
 * Goals: one run ≤ 50 ms, 100 seeds ≤ 2 s. Pure core, timed in Node.
 */
import { explainImbalance, recommendRouting, simulateMany, simulateRouting, type Scenario } from '../../core/routing';
import { against, median, round, type BenchResult } from './run';

const AGENTS = 20;
const INQUIRIES = 10_000;

/** A busy shop's day: shape per hour, scaled to `INQUIRIES`. */
export function benchScenario(): Scenario {
  const shape = Array.from({ length: 24 }, (_, h) => (h < 8 ? 0.2 : h < 19 ? 1 : h < 22 ? 3 : 0.6));
  const sum = shape.reduce((a, b) => a + b, 0);
  const perHour = shape.map((s) => (s * INQUIRIES) / sum);
  return {
    agents: Array.from({ length: AGENTS }, (_, i) => ({
      id: `agent-${i + 1}`,
      weight: 1 + (i % 4),
      ...(i % 5 === 0 ? { group: 'after-sale' } : i % 5 === 1 ? { group: 'pre-sale' } : {}),
      online: i % 3 === 0 ? [[0, 24]] : i % 3 === 1 ? [[8, 17]] : [[12, 23.5]],
      replySeconds: 15 + (i % 7) * 15,
      recentContacts: (i % 4) * 150,
    })),
    groups: [
      { id: 'after-sale', orderStates: ['售后'] },
      { id: 'pre-sale', orderStates: ['无订单'] },
    ],
    traffic: { perHour, returningShare: 0.3, orderStates: { 无订单: 0.45, 未发货: 0.25, 已发货: 0.2, 售后: 0.1 } },
    days: 1,
    seed: 42,
  };
}

export async function run(): Promise<BenchResult[]> {
  const scenario = benchScenario();
  const total = simulateRouting(scenario);
  if (total.total + total.unassigned < INQUIRIES * 0.95) throw new Error(`only ${total.total} inquiries simulated`);
  for (let i = 0; i < 5; i++) simulateRouting({ ...scenario, seed: i }); // warm up

  const single: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    simulateRouting({ ...scenario, seed: 100 + i });
    single.push(performance.now() - t0);
  }
  const many: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    simulateMany({ ...scenario, seed: 200 + i }, 100);
    many.push(performance.now() - t0);
  }
  let t0 = performance.now();
  explainImbalance(scenario);
  const explainMs = performance.now() - t0;
  t0 = performance.now();
  const recs = recommendRouting(scenario);
  const recommendMs = performance.now() - t0;

  return [
    against({ name: `routing: one run, ${AGENTS} agents × ${INQUIRIES} inquiries (median of 30)`, unit: 'ms', value: round(median(single), 2) }, { name: 'goal', value: 50 }),
    against({ name: `routing: one run, ${AGENTS} agents × ${INQUIRIES} inquiries (slowest of 30)`, unit: 'ms', value: round(Math.max(...single), 2) }, { name: 'goal', value: 50 }),
    against({ name: 'routing: Monte Carlo, 100 seeds (median of 3)', unit: 'ms', value: round(median(many)) }, { name: 'goal', value: 2000 }),
    { name: 'routing: explainImbalance (5 counterfactuals × 8 seeds)', unit: 'ms', value: round(explainMs) },
    { name: `routing: recommendRouting (${recs.length} recommendations, 8 seeds each)`, unit: 'ms', value: round(recommendMs) },
  ];
}
