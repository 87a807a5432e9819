import { useSignal } from '@preact/signals';
import type { Lang } from '../../core/i18n';
import { tm, type TransferMessageKey } from './messages';

const CHECKS: TransferMessageKey[] = ['checkRights', 'checkLimits', 'checkTargets', 'checkOutbound'];

interface Props {
  lang: Lang;
  busy: boolean;
  onStart(name: string): void;
}

/** The checklist before a transfer (DOMAIN §3–§4), then the task to follow once it is submitted. */
export function StartTask({ lang, busy, onStart }: Props) {
  const done = useSignal<ReadonlySet<string>>(new Set());
  const name = useSignal(tm(lang, 'defaultTaskName', { date: new Date().toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB') }));
  const ready = CHECKS.every((c) => done.value.has(c));
  const toggle = (c: string, on: boolean) => {
    const next = new Set(done.value);
    if (on) next.add(c);
    else next.delete(c);
    done.value = next;
  };
  return (
    <section class="tr-start" aria-labelledby="tr-check-heading">
      <h4 id="tr-check-heading">{tm(lang, 'checklistHeading')}</h4>
      <ul class="tr-checklist" aria-label={tm(lang, 'checklistLabel')}>
        {CHECKS.map((c) => (
          <li key={c}>
            <label class="check">
              <input type="checkbox" checked={done.value.has(c)} onChange={(e) => toggle(c, (e.currentTarget as HTMLInputElement).checked)} />
              {tm(lang, c)}
            </label>
          </li>
        ))}
      </ul>
      <label class="tr-name">
        <span>{tm(lang, 'taskName')}</span>
        <input type="text" value={name.value} onInput={(e) => (name.value = (e.currentTarget as HTMLInputElement).value)} />
      </label>
      {!ready && <p class="hint">{tm(lang, 'checklistFirst')}</p>}
      <button type="button" class="primary" disabled={!ready || busy || !name.value.trim()} onClick={() => onStart(name.value.trim())}>
        {tm(lang, 'startTask')}
      </button>
    </section>
  );
}
