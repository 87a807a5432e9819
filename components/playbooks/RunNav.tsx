import type { Lang } from '../../core/i18n';
import { tp } from './messages';

/** Back to the list of playbooks, and one step back when there is one. */
export function RunNav({ lang, onClose, onBack }: { lang: Lang; onClose(): void; onBack?: (() => void) | undefined }) {
  return (
    <div class="pb-nav">
      <button type="button" class="pb-link" onClick={onClose}>
        {tp(lang, 'toList')}
      </button>
      {onBack && (
        <button type="button" class="pb-link" onClick={onBack}>
          {tp(lang, 'stepBack')}
        </button>
      )}
    </div>
  );
}
