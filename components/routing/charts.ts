import type uPlot from 'uplot';
import type { OnlineInterval, RoutingEstimate, Scenario } from '../../core/routing';
import { colourOf, type ChartSpec } from './Chart';

/**
 * Specs of the 分流 charts, built from an estimate (pure, so they can be memoised). Values that
 * change with each analysis (whiskers, strips, ranges) are read from `live.current` by the hooks,
 * so a new analysis of the same agents updates the plots in place.
 */

const pctAxis = (_u: uPlot, splits: number[]) => splits.map((v) => (v < 0 ? '' : `${Math.round(v)}%`));
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourAxis: uPlot.Axis = { splits: () => [0, 3, 6, 9, 12, 15, 18, 21], values: (_u, splits) => splits.map((h) => `${h}`) };
const agentsKey = (estimate: RoutingEstimate) => JSON.stringify(estimate.agents.map((a) => a.id));

/** Shares per agent as bars with the Monte Carlo 95% interval as whiskers. */
export function sharesChart(estimate: RoutingEstimate, seriesLabel: string): ChartSpec<{ lows: number[]; highs: number[]; top: number }> {
  const ids = estimate.agents.map((a) => a.id);
  const lows = estimate.agents.map((a) => a.share.low * 100);
  const highs = estimate.agents.map((a) => a.share.high * 100);
  return {
    key: `shares:${agentsKey(estimate)}:${seriesLabel}`,
    data: [ids.map((_, i) => i), estimate.agents.map((a) => a.share.mean * 100)],
    extra: { lows, highs, top: Math.max(5, ...highs) * 1.15 },
    options: (U, live) => ({
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.5, ids.length - 0.5] }, y: { range: () => [0, live.current.top] } },
      axes: [
        { splits: () => ids.map((_, i) => i), values: (_u, splits) => splits.map((i) => ids[i] ?? ''), grid: { show: false } },
        { values: pctAxis, size: 48 },
      ],
      series: [{}, { label: seriesLabel, fill: 'rgba(31,111,235,0.55)', stroke: '#1f6feb', paths: U.paths.bars!({ size: [0.6, 80] }), points: { show: false } }],
      hooks: {
        draw: [
          (u) => {
            const { ctx } = u;
            const px = devicePixelRatio;
            const { lows: low, highs: high } = live.current;
            ctx.save();
            ctx.strokeStyle = '#1f2328';
            ctx.lineWidth = 1.5 * px;
            ids.forEach((_, i) => {
              const x = u.valToPos(i, 'x', true);
              const y1 = u.valToPos(low[i]!, 'y', true);
              const y2 = u.valToPos(high[i]!, 'y', true);
              ctx.beginPath();
              ctx.moveTo(x, y1);
              ctx.lineTo(x, y2);
              ctx.moveTo(x - 6 * px, y1);
              ctx.lineTo(x + 6 * px, y1);
              ctx.moveTo(x - 6 * px, y2);
              ctx.lineTo(x + 6 * px, y2);
              ctx.stroke();
            });
            ctx.restore();
          },
        ],
      },
    }),
  };
}

/** Inquiries assigned per hour of the day, one stepped line per agent, its online hours as a strip under zero. */
export function hoursChart(estimate: RoutingEstimate, scenario: Scenario): ChartSpec<{ top: number; online: OnlineInterval[][] }> {
  const n = estimate.agents.length;
  const top = Math.max(1, ...estimate.agents.flatMap((a) => a.byHour)) * 1.1;
  return {
    key: `hours:${agentsKey(estimate)}`,
    // The step at hour 23 ends at 24: repeat the last value so the line reaches the end of the day.
    data: [[...HOURS, 24], ...estimate.agents.map((a) => [...a.byHour, a.byHour[23]!])],
    extra: { top, online: scenario.agents.map((a) => a.online) },
    options: (U, live) => {
      const strip = () => live.current.top * 0.06;
      return {
        legend: { live: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [0, 24] }, y: { range: () => [-strip() * n - strip() / 2, live.current.top] } },
        axes: [hourAxis, { values: (_u, splits) => splits.map((v) => (v < 0 ? '' : `${Math.round(v * 10) / 10}`)), size: 48 }],
        series: [{}, ...estimate.agents.map((a, i) => ({ label: a.id, stroke: colourOf(i), width: 2, paths: U.paths.stepped!({ align: 1 }), points: { show: false } }))],
        hooks: {
          draw: [
            (u) => {
              const { ctx } = u;
              const s = strip();
              ctx.save();
              ctx.globalAlpha = 0.75;
              live.current.online.forEach((intervals, i) => {
                ctx.fillStyle = colourOf(i);
                const y1 = u.valToPos(-s * i - s * 0.15, 'y', true);
                const y2 = u.valToPos(-s * (i + 1) + s * 0.15, 'y', true);
                for (const [from, to] of intervals) {
                  const x1 = u.valToPos(from, 'x', true);
                  ctx.fillRect(x1, y1, u.valToPos(to, 'x', true) - x1, y2 - y1);
                }
              });
              ctx.restore();
            },
          ],
        },
      };
    },
  };
}

/** Share of each hour's online time spent busy (more than 4 buyers waiting), per agent. */
export function busyChart(estimate: RoutingEstimate): ChartSpec<{ top: number }> {
  const data: uPlot.AlignedData = [[...HOURS, 24], ...estimate.agents.map((a) => [...a.busyByHour, a.busyByHour[23]!].map((b) => b * 100))];
  return {
    key: `busy:${agentsKey(estimate)}`,
    data,
    extra: { top: Math.min(100, Math.max(10, ...(data.slice(1) as number[][]).flat()) * 1.1) },
    options: (U, live) => ({
      legend: { live: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [0, 24] }, y: { range: () => [0, live.current.top] } },
      axes: [hourAxis, { values: pctAxis, size: 48 }],
      series: [{}, ...estimate.agents.map((a, i) => ({ label: a.id, stroke: colourOf(i), width: 2, paths: U.paths.stepped!({ align: 1 }), points: { show: false } }))],
    }),
  };
}
