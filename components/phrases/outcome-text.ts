import type { Lang } from '../../core/i18n';
import type { UserError } from '../../core/client';
import type { InsertOutcome } from '../sidebar/host';
import type { StatusMessage } from '../sidebar/status';
import { t } from '../ui/i18n';

/** The sentence the agent reads after picking a phrase. */
export function describeOutcome(lang: Lang, outcome: InsertOutcome, title: string, site: string): StatusMessage {
  switch (outcome.kind) {
    case 'inserted':
      return { kind: 'status', text: t(lang, 'inserted', { title }) };
    case 'buyer-changed':
      return { kind: 'alert', text: t(lang, 'buyerChanged', outcome) };
    case 'no-input':
      return { kind: 'alert', text: t(lang, 'noChatInput', { site, selector: outcome.selector }) };
    case 'copied-standalone':
      return { kind: 'status', text: t(lang, 'copiedStandalone', { title }) };
    case 'copied':
      return { kind: 'alert', text: t(lang, 'copiedInstead') };
    case 'failed':
      return outcome.text === undefined
        ? { kind: 'alert', text: t(lang, 'insertFailed', { title }) }
        : { kind: 'alert', text: t(lang, 'insertFailedCopyByHand', { title }), manualCopy: outcome.text };
  }
}

/** A background error as one block of text: the message, then one line per detail. */
export function describeError(error: UserError): string {
  return [error.message, ...(error.details ?? [])].join('\n');
}
