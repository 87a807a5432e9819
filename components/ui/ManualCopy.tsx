import type { Lang } from '../../core/i18n';
import { t } from './i18n';

/**
 * The text of a phrase the clipboard could not take, for the agent to copy by hand: read-only,
 * selected whole when focused, rendered as text (never markup).
 */
export function ManualCopy({ lang, text }: { lang: Lang; text: string }) {
  return (
    <textarea
      class="manual-copy"
      readOnly
      rows={Math.min(6, text.split('\n').length + 1)}
      aria-label={t(lang, 'manualCopyLabel')}
      value={text}
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}
