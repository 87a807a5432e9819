/// <reference lib="webworker" />
// Runs the routing model off the page's main thread: a 20-agent week takes seconds to explain.
import { analyse } from './analyse';
import type { AnalysisReply, AnalysisRequest } from './analysis-types';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id } = event.data;
  const post = (reply: AnalysisReply) => self.postMessage(reply);
  try {
    for (const stage of analyse(event.data)) post({ id, ok: true, ...stage });
    post({ id, ok: true, stage: 'done' });
  } catch (error) {
    post({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
