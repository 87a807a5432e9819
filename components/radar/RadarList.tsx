import { useComputed, useSignal } from '@preact/signals';
import type { Lang } from '../../core/i18n';
import type { RadarEntry } from '../../core/customers/radar-board';
import { holdingPhrase } from '../../core/customers/radar-holding';
import type { LibraryState } from '../phrases/library-state';
import { usePhraseInsertion } from '../phrases/use-phrase-insertion';
import { VariableForm } from '../phrases/VariableForm';
import type { SidebarHost } from '../sidebar/host';
import type { Status } from '../sidebar/status';
import { t } from '../ui/i18n';
import { clockText, rt } from './messages';
import type { RadarState } from './radar-state';

interface Props {
  host: SidebarHost;
  radar: RadarState;
  library: LibraryState;
  status: Status;
}

/** The next mark the buyer is heading for, or how long they have waited once both are passed. */
function countdownText(lang: Lang, e: RadarEntry): string {
  if (e.threeMinuteLeft) return rt(lang, 'toThree', { time: clockText(e.threeMinuteLeft) });
  if (e.fiveMinuteLeft) return rt(lang, 'toFive', { time: clockText(e.fiveMinuteLeft) });
  return rt(lang, 'waited', { time: clockText(e.waitingSeconds ?? 0) });
}

/**
 * The waiting radar (grows the old "who is waiting" list): every buyer waiting for a reply, most
 * urgent first, with unanswered messages, level and a countdown to the 3- and 5-minute marks.
 * 定位 outlines the buyer's row (the agent opens it: consoles ignore script clicks); 安抚 inserts the
 * library's holding reply, the normal way, into the open conversation only.
 */
export function RadarList({ host, radar, library, status }: Props) {
  const { lang } = host;
  const open = useSignal(false);
  const insertion = usePhraseInsertion(host, status);
  const holding = useComputed(() => holdingPhrase(library.phrases.value));
  const entries = radar.entries.value;
  if (entries.length === 0) return null;
  const urgent = radar.urgent.value;
  const anyLost = entries.some((e) => e.level === 'lost');
  const fill = insertion.filling.value;

  return (
    <div class="waiting radar" {...insertion.keyHandlers}>
      <button
        type="button"
        class={`waiting-toggle${anyLost ? ' is-lost' : ''}`}
        aria-expanded={open.value}
        onClick={() => (open.value = !open.value)}
      >
        {urgent ? rt(lang, 'toggleUrgent', { count: entries.length, urgent }) : rt(lang, 'toggle', { count: entries.length })}
      </button>
      {open.value && (
        <>
          <ul class="waiting-list radar-list" aria-label={rt(lang, 'listLabel')}>
            {entries.map((e) => {
              const level = rt(lang, `level_${e.level}`);
              const countdown = countdownText(lang, e);
              return (
                <li key={e.id} class={`radar-item level-${e.level}${e.active ? ' is-open' : ''}`} aria-label={rt(lang, 'itemLabel', { name: e.name, count: e.unanswered, level, time: countdown })}>
                  <div class="radar-line">
                    <span class="waiting-name" title={e.name}>{e.name}</span>
                    <span class="radar-level">{level}</span>
                  </div>
                  <div class="radar-line">
                    <span class="radar-count">{rt(lang, 'unanswered', { count: e.unanswered })}</span>
                    <span class="waiting-time radar-countdown">{countdown}</span>
                    {e.active && <span class="radar-open">{rt(lang, 'openNow')}</span>}
                    {e.active && holding.value && (
                      <button
                        type="button"
                        title={holding.value.text}
                        aria-label={rt(lang, 'holdFor', { name: e.name })}
                        onClick={() => {
                          insertion.choose();
                          insertion.pick(holding.value!);
                        }}
                      >
                        {rt(lang, 'hold')}
                      </button>
                    )}
                    {host.revealConversation && (
                      <button type="button" aria-label={t(lang, 'revealBuyer', { name: e.name })} onClick={() => void host.revealConversation?.(e.id)}>
                        {t(lang, 'reveal')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          <p class="radar-hint">{holding.value ? rt(lang, 'holdOnlyOpen') : rt(lang, 'noHolding')}</p>
        </>
      )}
      {fill && (
        <VariableForm
          lang={lang}
          title={fill.phrase.title}
          needed={fill.needed}
          known={fill.known}
          onSubmit={insertion.submitFilling}
          onCancel={insertion.cancelFilling}
        />
      )}
    </div>
  );
}

/** The launcher's badge: only a number (in the sealed frame), with its meaning for assistive tech. */
export function RadarBadge({ lang, radar }: { lang: Lang; radar: RadarState }) {
  const count = radar.urgent.value;
  if (!count) return null;
  return (
    <span class="launcher-badge" role="img" aria-label={rt(lang, 'badge', { count })}>
      {count > 99 ? '99+' : count}
    </span>
  );
}
