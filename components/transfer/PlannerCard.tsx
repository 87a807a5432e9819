import { useSignal } from '@preact/signals';
import { accountReasons } from '../../core/relations/classify';
import type { Lang } from '../../core/i18n';
import { reasonName } from '../relations/messages';
import type { Account, ReasonCode } from '../relations/relations-api';
import { tm } from './messages';
import type { PlanRequest, TransferMode } from './transfer-api';

interface Props {
  lang: Lang;
  roster: readonly Account[];
  busy: boolean;
  onPlan(request: PlanRequest): void;
}

export const MAX_BATCH = 300;
const MODES: { mode: TransferMode; label: 'modeEven' | 'modeChosen' | 'modeCapacity' }[] = [
  { mode: 'even', label: 'modeEven' },
  { mode: 'chosen', label: 'modeChosen' },
  { mode: 'capacity', label: 'modeCapacity' },
];

/** Reason codes or other words from core, said in the UI language. */
export const reasonsText = (lang: Lang, reasons: readonly string[]) => listText(lang, reasons.map((r) => reasonName(lang, r as ReasonCode)));

/** Items of a list in a sentence: 、 in Chinese, commas in English. */
export const listText = (lang: Lang, items: readonly string[]) => items.join(lang === 'zh' ? '、' : ', ');

/**
 * The planner's choices: mode, targets (chosen) or target loads (capacity). Every roster account is
 * listed; one that is not a valid dedicated CS cannot be picked and says why (DOMAIN §3).
 */
export function PlannerCard({ lang, roster, busy, onPlan }: Props) {
  const mode = useSignal<TransferMode>('even');
  const chosen = useSignal<ReadonlySet<string>>(new Set());
  const capacity = useSignal<Record<string, number>>({});
  const includeNormal = useSignal(false);
  const batchSize = useSignal(MAX_BATCH);
  const problem = useSignal<string | null>(null);
  const accounts = roster.map((a) => ({ account: a, refused: accountReasons(a) }));
  const valid = accounts.filter((a) => a.refused.length === 0);
  accounts.sort((a, b) => Number(a.refused.length > 0) - Number(b.refused.length > 0));

  function submit(e: Event) {
    e.preventDefault();
    problem.value = null;
    const request: PlanRequest = { mode: mode.value, batchSize: Math.min(MAX_BATCH, Math.max(1, batchSize.value || MAX_BATCH)), includeNormal: includeNormal.value };
    if (mode.value === 'chosen') {
      if (chosen.value.size === 0) return (problem.value = tm(lang, 'chooseTargets'));
      request.targets = [...chosen.value];
    }
    if (mode.value === 'capacity') {
      const loads = Object.fromEntries(Object.entries(capacity.value).filter(([, n]) => n > 0));
      if (Object.keys(loads).length === 0) return (problem.value = tm(lang, 'chooseTargets'));
      request.capacity = loads;
    }
    onPlan(request);
  }

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen.value);
    if (on) next.add(id);
    else next.delete(id);
    chosen.value = next;
  };

  if (roster.length === 0) return <p class="hint">{tm(lang, 'noRoster')}</p>;
  return (
    <form class="tr-planner" onSubmit={submit}>
      <fieldset class="tr-modes">
        <legend>{tm(lang, 'modeLegend')}</legend>
        {MODES.map((m) => (
          <label key={m.mode} class="check">
            <input type="radio" name="tr-mode" value={m.mode} checked={mode.value === m.mode} onChange={() => (mode.value = m.mode)} />
            {tm(lang, m.label)}
          </label>
        ))}
      </fieldset>
      {valid.length === 0 && <p class="form-message">{tm(lang, 'noValidTarget')}</p>}
      <fieldset class="tr-targets">
        <legend>{tm(lang, 'targetsLegend')}</legend>
        <ul aria-label={tm(lang, 'targetsLabel')}>
          {accounts.map(({ account, refused }) => (
            <li key={account.id} class={refused.length > 0 ? 'refused' : ''}>
              {mode.value === 'capacity' && refused.length === 0 ? (
                <label class="tr-capacity">
                  <span>{account.name || account.id}</span>
                  <input
                    type="number"
                    min={0}
                    step={1}
                    aria-label={tm(lang, 'capacityLabel', { name: account.name || account.id })}
                    value={capacity.value[account.id] ?? ''}
                    onInput={(e) => (capacity.value = { ...capacity.value, [account.id]: Number((e.currentTarget as HTMLInputElement).value) })}
                  />
                </label>
              ) : (
                <label class="check">
                  <input
                    type="checkbox"
                    disabled={refused.length > 0 || mode.value !== 'chosen'}
                    checked={refused.length === 0 && (mode.value === 'even' || chosen.value.has(account.id))}
                    onChange={(e) => toggle(account.id, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  {account.name || account.id}
                </label>
              )}
              {refused.length > 0 && <span class="tr-refused">{tm(lang, 'refused', { reasons: reasonsText(lang, refused) })}</span>}
            </li>
          ))}
        </ul>
      </fieldset>
      <div class="tr-options">
        <label class="check">
          <input type="checkbox" checked={includeNormal.value} onChange={(e) => (includeNormal.value = (e.currentTarget as HTMLInputElement).checked)} />
          {tm(lang, 'includeNormal')}
        </label>
        <label class="inline">
          <span>{tm(lang, 'batchSize')}</span>
          <input type="number" min={1} max={MAX_BATCH} value={batchSize.value} onInput={(e) => (batchSize.value = Number((e.currentTarget as HTMLInputElement).value))} />
        </label>
      </div>
      {problem.value && (
        <p role="alert" class="form-message">
          {problem.value}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || valid.length === 0}>
        {busy ? tm(lang, 'planning') : tm(lang, 'makePlan')}
      </button>
    </form>
  );
}
