import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import { OUTCOME_NOTE_MAX } from '../../core/playbooks';
import { tp } from './messages';

export interface OutcomeAnswer {
  resolved?: boolean;
  sale?: boolean;
  note?: string;
}

interface Props {
  lang: Lang;
  /** False with no conversation open: the form says why it can't record. */
  canRecord: boolean;
  onRecord(answer: OutcomeAnswer): Promise<void>;
}

/** Yes / no / not said, as two radio buttons that a second click clears. */
function YesNo(props: { legend: string; yes: string; no: string; name: string; value: boolean | undefined; onChange(v: boolean | undefined): void }) {
  const option = (value: boolean, label: string) => (
    <label class="pb-radio">
      <input
        type="radio"
        name={props.name}
        checked={props.value === value}
        onClick={() => props.onChange(props.value === value ? undefined : value)}
        onChange={() => undefined}
      />
      {label}
    </label>
  );
  return (
    <fieldset class="pb-yesno">
      <legend>{props.legend}</legend>
      {option(true, props.yes)}
      {option(false, props.no)}
    </fieldset>
  );
}

/** How the conversation ended: resolved or not, sale or not, a note. Either answer may stay unsaid. */
export function OutcomeForm({ lang, canRecord, onRecord }: Props) {
  const [resolved, setResolved] = useState<boolean | undefined>(undefined);
  const [sale, setSale] = useState<boolean | undefined>(undefined);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const uid = useState(() => Math.random().toString(36).slice(2))[0];

  return (
    <form
      class="pb-outcome"
      aria-label={tp(lang, 'outcomeLabel')}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!canRecord || busy) return;
        setBusy(true);
        try {
          await onRecord({ ...(resolved !== undefined ? { resolved } : {}), ...(sale !== undefined ? { sale } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3 class="pb-subhead">{tp(lang, 'outcomeLabel')}</h3>
      <YesNo legend={tp(lang, 'resolvedLegend')} yes={tp(lang, 'resolvedYes')} no={tp(lang, 'resolvedNo')} name={`resolved-${uid}`} value={resolved} onChange={setResolved} />
      <YesNo legend={tp(lang, 'saleLegend')} yes={tp(lang, 'saleYes')} no={tp(lang, 'saleNo')} name={`sale-${uid}`} value={sale} onChange={setSale} />
      <label class="pb-note">
        <span>
          {tp(lang, 'note')} <small>{tp(lang, 'noteCount', { count: note.length, max: OUTCOME_NOTE_MAX })}</small>
        </span>
        <textarea rows={2} maxLength={OUTCOME_NOTE_MAX} placeholder={tp(lang, 'notePlaceholder')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {!canRecord && <p class="hint">{tp(lang, 'noBuyer')}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={!canRecord || busy}>
          {tp(lang, 'record')}
        </button>
      </div>
    </form>
  );
}
