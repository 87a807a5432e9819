import type uPlot from 'uplot';
import { AGENT_COLOURS, type ChartSpec } from '../routing/Chart';
import { chartValue } from './format';
import type { MetricsRow } from './rows';

/** The series of the trend, in the table's column order. */
export interface TrendLabels {
  conversion: string;
  charm: string;
  within3: string;
  within5: string;
}

/**
 * The shop's daily rates as lines (percent); a rate that is not available leaves a gap, never a
 * zero. The dates and the top of the scale are read from `live.current`, so new figures only
 * update the plot.
 */
export function trendChart(rows: readonly MetricsRow[], labels: TrendLabels): ChartSpec<{ dates: string[]; top: number }> {
  const series = [rows.map((r) => chartValue(r.conversion)), rows.map((r) => chartValue(r.charm)), rows.map((r) => chartValue(r.replies?.within3)), rows.map((r) => chartValue(r.replies?.within5))];
  const highest = Math.max(0, ...series.flat().filter((v): v is number => v !== null));
  const names = [labels.conversion, labels.charm, labels.within3, labels.within5];
  return {
    key: `metrics-trend:${names.join('|')}`,
    data: [rows.map((_, i) => i), ...series] as uPlot.AlignedData,
    extra: { dates: rows.map((r) => r.date.slice(5)), top: Math.max(10, Math.min(100, highest) * 1.1, highest * 1.05) },
    options: (_U, live) => ({
      legend: { live: false },
      cursor: { show: false },
      scales: { x: { time: false, range: () => [-0.3, Math.max(1, live.current.dates.length - 1) + 0.3] }, y: { range: () => [0, live.current.top] } },
      axes: [
        { splits: () => live.current.dates.map((_, i) => i), values: (_u, splits) => splits.map((i) => live.current.dates[i] ?? ''), grid: { show: false } },
        { values: (_u, splits) => splits.map((v) => `${Math.round(v)}%`), size: 48 },
      ],
      series: [{}, ...names.map((label, i) => ({ label, stroke: AGENT_COLOURS[i]!, width: 2, points: { show: true, size: 6 } }))],
    }),
  };
}
