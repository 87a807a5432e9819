import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Agent colours, in order (repeat past eight agents). */
export const AGENT_COLOURS = ['#1f6feb', '#d4620b', '#1a7f37', '#8250df', '#c62828', '#0a7f8f', '#9a6700', '#bf3989'];
export const colourOf = (index: number) => AGENT_COLOURS[index % AGENT_COLOURS.length]!;

interface Props {
  /** The accessible name of the canvas chart; the same numbers are in a table next to it. */
  label: string;
  height?: number;
  /** uPlot options without the size (the chart takes its container's width), given uPlot itself for its path builders. */
  options: (U: typeof uPlot) => Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
}

/**
 * One uPlot chart. uPlot is imported when the first chart draws, so only the options page's 分流
 * tab loads it (never the content script or the sidebar). Redrawn whole when the data change.
 */
export function Chart({ label, height = 220, options, data }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let plot: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    void import('uplot').then(({ default: UPlot }) => {
      const el = box.current;
      if (cancelled || !el) return;
      const width = () => Math.max(240, el.clientWidth);
      plot = new UPlot({ ...options(UPlot), width: width(), height }, data, el);
      observer = new ResizeObserver(() => plot?.setSize({ width: width(), height }));
      observer.observe(el);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [options, data, height]);
  return <div ref={box} class="rt-chart" role="img" aria-label={label} />;
}
