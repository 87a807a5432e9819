import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * Makes each new plot in a task of its own: three charts made in the turn uPlot arrives would
 * add up to one long task on the page (each costs tens of ms with 20 agents).
 */
let plotQueue: Promise<void> = Promise.resolve();
function inOwnTask(make: () => void): void {
  plotQueue = plotQueue.then(() => new Promise<void>((done) => setTimeout(() => (make(), done()), 0)));
}

/** Agent colours, in order (repeat past eight agents). */
export const AGENT_COLOURS = ['#1f6feb', '#d4620b', '#1a7f37', '#8250df', '#c62828', '#0a7f8f', '#9a6700', '#bf3989'];
export const colourOf = (index: number) => AGENT_COLOURS[index % AGENT_COLOURS.length]!;

/** What a chart is drawn from: its series (by `key`), its data, and values its hooks and ranges read. */
export interface ChartSpec<Extra> {
  /** Same key: same series, so new numbers only update the plot (no new canvas). */
  key: string;
  data: uPlot.AlignedData;
  extra: Extra;
  /** uPlot options without the size; hooks and ranges read `live.current`, which follows each update. */
  options: (U: typeof uPlot, live: { current: Extra }) => Omit<uPlot.Options, 'width' | 'height'>;
}

interface Props<Extra> {
  /** The accessible name of the canvas chart; the same numbers are in a table next to it. */
  label: string;
  height?: number;
  spec: ChartSpec<Extra>;
}

/**
 * One uPlot chart. uPlot is imported when the first chart draws, so only the options page's 分流
 * tab loads it (never the content script or the sidebar). A new analysis with the same agents only
 * sets new data (making canvases is the costly part); other agents make a new plot.
 */
export function Chart<Extra>({ label, height = 220, spec }: Props<Extra>) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<{ key: string; uplot: uPlot; live: { current: Extra } } | null>(null);

  useEffect(() => {
    const held = plot.current;
    if (held && held.key === spec.key) {
      held.live.current = spec.extra;
      held.uplot.setData(spec.data);
      return;
    }
    let cancelled = false;
    void import('uplot').then(({ default: UPlot }) =>
      inOwnTask(() => {
        const el = box.current;
        if (cancelled || !el) return;
        plot.current?.uplot.destroy();
        const live = { current: spec.extra };
        const uplot = new UPlot({ ...spec.options(UPlot, live), width: Math.max(240, el.clientWidth), height }, spec.data, el);
        plot.current = { key: spec.key, uplot, live };
      }),
    );
    return () => {
      cancelled = true;
    };
  }, [spec, height]);

  // Follows the container's width; ends the plot with the component.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => plot.current?.uplot.setSize({ width: Math.max(240, el.clientWidth), height }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.current?.uplot.destroy();
      plot.current = null;
    };
  }, []);

  return <div ref={box} class="rt-chart" role="img" aria-label={label} />;
}
