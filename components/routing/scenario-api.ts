import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import type { SavedScenario, Scenario } from '../../core/routing';
import { say } from '../../core/i18n';

export type { SavedScenario };

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

/** The saved scenario (null: none yet), through the background. */
export async function loadScenario(client: ProtocolClient): Promise<Result<SavedScenario | null>> {
  const reply = await client.request({ kind: 'getRoutingScenario' });
  return reply.ok ? { ok: true, value: reply.value } : { ok: false, message: reply.error.message };
}

/** Saves the scenario; a refusal comes back as one sentence with its field details. */
export async function saveScenario(client: ProtocolClient, scenario: Scenario, lang: Lang): Promise<Result<{ savedAt: number }>> {
  const reply = await client.request({ kind: 'saveRoutingScenario', scenario });
  if (reply.ok) return { ok: true, value: reply.value };
  const details = reply.error.details ?? [];
  return { ok: false, message: details.length > 0 ? `${reply.error.message}${say(lang, '：', ': ')}${details.join(say(lang, '；', '; '))}` : reply.error.message };
}
