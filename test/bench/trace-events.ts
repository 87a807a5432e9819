import type { CDPSession } from 'playwright-core';

/** Chrome trace events as the benches read them (CDP `Tracing.dataCollected`). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Script time inside one task, ms. Script events nest (a callback calls functions), so the union
 * of their spans is counted once. `scripts` sorted by start.
 */
export function scriptTimeIn(task: TraceEvent, scripts: readonly TraceEvent[]): number {
  const end = task.ts + (task.dur ?? 0);
  let total = 0;
  let reach = task.ts;
  for (const s of scripts) {
    if (s.ts >= end) break;
    const from = Math.max(s.ts, reach);
    const to = Math.min(end, s.ts + (s.dur ?? 0));
    if (to > from) {
      total += to - from;
      reach = to;
    }
  }
  return total / 1000;
}

/** Runs `work` under a CDP trace of the page's timeline and script; gives its result and the events. */
export async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: unknown[] }) => void events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute,__metadata', transferMode: 'ReportEvents' });
  const result = await work();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { result, events };
}
