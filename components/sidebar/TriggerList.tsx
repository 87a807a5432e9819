import type { Lang } from '../../core/i18n';
import { t } from '../ui/i18n';

export interface TriggerState {
  hits: { id: string; title: string; text: string }[];
  active: number;
  /** The chat input's box, in viewport coordinates: the list opens just above it. */
  anchor: { left: number; top: number; width: number };
}

interface Props {
  lang: Lang;
  state: TriggerState | null;
  onAccept(index: number): void;
}

/** Suggestions for `/code` typed in the console's chat input. Never takes focus from the input. */
export function TriggerList({ lang, state, onAccept }: Props) {
  if (!state) return null;
  const { anchor } = state;
  const style = {
    left: `${Math.max(8, anchor.left)}px`,
    bottom: `${Math.max(8, window.innerHeight - anchor.top + 6)}px`,
    width: `${Math.min(420, Math.max(260, anchor.width * 0.6))}px`,
  };
  return (
    <div class="trigger" style={style}>
      <ul role="listbox" aria-label={t(lang, 'triggerLabel')}>
        {state.hits.map((hit, i) => (
          <li
            key={hit.id}
            role="option"
            aria-selected={i === state.active}
            // Keep the caret in the chat input: a mousedown here would move focus.
            onMouseDown={(e) => e.preventDefault()}
            // Only the agent's own click: a page script's synthetic one accepts nothing.
            onClick={(e) => e.isTrusted && onAccept(i)}
          >
            <strong>{hit.title}</strong>
            <span>{hit.text}</span>
          </li>
        ))}
      </ul>
      <p class="trigger-hint">{t(lang, 'triggerHint')}</p>
    </div>
  );
}
