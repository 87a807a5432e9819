import type { InsertOutcome } from '../sidebar/host';

/**
 * Copies through the async Clipboard API (an extension page may, with the clipboardWrite
 * permission), said as an insertion outcome: where copying is the whole job, not a fallback.
 */
export async function copyText(text: string): Promise<InsertOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return { kind: 'copied-standalone' };
  } catch {
    return { kind: 'failed' };
  }
}
