import { useSignal, useSignalEffect } from '@preact/signals';
import type { ProtocolClient, ReplyOf, RequestOf } from '../../core/client';
import type { Buyer } from '../../core/consoles';
import { describeError } from '../phrases/outcome-text';

export type Outcome = ReplyOf<'getConversationOutcomes'>[number];
/** What the panel sends: the outcome without the buyer, which the hook adds. */
export type OutcomeDraft = Omit<RequestOf<'recordConversationOutcome'>, 'kind' | 'site' | 'buyerId'>;

type Recent = { key: string; outcomes: Outcome[] } | { key: string; error: string } | null;

/** The open buyer's recorded outcomes (newest first), read again when the buyer changes or one is recorded. */
export function useOutcomes(client: ProtocolClient, site: string | undefined, buyer: { value: Buyer | null }, keyOf: (b: Buyer | null) => string) {
  const recent = useSignal<Recent>(null);
  const bump = useSignal(0);

  useSignalEffect(() => {
    bump.value;
    const who = buyer.value;
    const key = keyOf(who);
    if (!who || !site) {
      recent.value = null;
      return;
    }
    void client.request({ kind: 'getConversationOutcomes', site, buyerId: who.id }).then((reply) => {
      if (keyOf(buyer.value) !== key) return; // the agent moved on meanwhile
      recent.value = reply.ok ? { key, outcomes: reply.value } : { key, error: describeError(reply.error) };
    });
  });

  /** Records an outcome for `who` (the buyer the agent worked with, even if the page moved on). */
  async function record(who: Buyer, draft: OutcomeDraft): Promise<{ ok: true } | { ok: false; message: string }> {
    if (!site) return { ok: false, message: '' };
    const reply = await client.request({ kind: 'recordConversationOutcome', site, buyerId: who.id, ...draft });
    bump.value++;
    return reply.ok ? { ok: true } : { ok: false, message: describeError(reply.error) };
  }

  return { recent, record };
}
