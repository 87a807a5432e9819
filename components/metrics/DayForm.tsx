import { useSignal, type Signal } from '@preact/signals';
import { Fragment } from 'preact';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import { FIGURE_FIELDS, PRODUCT_MAX, checkDayFigures, type DayFigures, type FigureProblem } from '../../core/metrics';
import type { Reporter } from '../relations/ScanCard';
import { mm } from './messages';

/** The form's text, field by field. */
export type DayDraftText = { date: string; product: string } & Record<(typeof FIGURE_FIELDS)[number], string>;

export const emptyDraft = (date: string): DayDraftText => ({ date, product: '', visitors: '', buyers: '', views: '', ownVisits: '', inquirers: '' });
/** A saved day back into the form (to change it). */
export const draftOf = (d: DayFigures): DayDraftText => ({
  date: d.date,
  product: d.product,
  ...(Object.fromEntries(FIGURE_FIELDS.map((f) => [f, d[f] === null ? '' : String(d[f])])) as Record<(typeof FIGURE_FIELDS)[number], string>),
});

interface Props {
  lang: Lang;
  client: ProtocolClient;
  reporter: Reporter;
  draft: Signal<DayDraftText>;
  today: string;
  onSaved(): void;
}

/**
 * 填写一天的数据: checked when saved (the same check the background makes), each problem beside
 * its field and listed in one alert; nothing is sent until every field is right.
 */
export function DayForm({ lang, client, reporter, draft, today, onSaved }: Props) {
  const problems = useSignal<FigureProblem[]>([]);
  /** Problems the background reported (a day refused there: too old, a full date, storage). */
  const refused = useSignal<string[]>([]);

  async function save(e: Event) {
    e.preventDefault();
    refused.value = [];
    const checked = checkDayFigures(draft.value, today, lang);
    if (!checked.ok) {
      problems.value = checked.problems;
      return;
    }
    problems.value = [];
    const reply = await client.request({ kind: 'saveMetricsDay', day: draft.value });
    if (!reply.ok) {
      refused.value = [reply.error.message, ...(reply.error.details ?? [])];
      return;
    }
    const { figures, replaced } = reply.value;
    reporter.say(mm(lang, replaced ? 'replaced' : 'saved', { date: figures.date, product: figures.product || mm(lang, 'wholeShop') }));
    draft.value = { ...emptyDraft(figures.date) };
    onSaved();
  }

  const set = (field: keyof DayDraftText) => (e: { currentTarget: HTMLInputElement }) => (draft.value = { ...draft.value, [field]: e.currentTarget.value });
  const problemOf = (field: FigureProblem['field']) => problems.value.find((p) => p.field === field);
  const field = (name: FigureProblem['field'], label: string, input: (attrs: Record<string, unknown>) => preact.JSX.Element) => {
    const problem = problemOf(name);
    const id = `mt-${name}`;
    // The problem sits beside the label, not in it: the field keeps its name and is described by it.
    return (
      <div class={problem ? 'mt-field invalid' : 'mt-field'}>
        <label for={id}>{label}</label>
        {input({ id, 'aria-invalid': problem ? 'true' : undefined, 'aria-describedby': problem ? `${id}-problem` : undefined })}
        {problem && (
          <span class="mt-problem" id={`${id}-problem`}>
            {problem.message}
          </span>
        )}
      </div>
    );
  };
  const all = [...problems.value.map((p) => p.message), ...refused.value];

  return (
    <form class="mt-form" onSubmit={save} aria-label={mm(lang, 'formLabel')} noValidate>
      <h4>{mm(lang, 'formHeading')}</h4>
      <div class="mt-fields">
        {field('date', mm(lang, 'date'), (a) => <input type="date" {...a} value={draft.value.date} max={today} onInput={set('date')} />)}
        {field('product', mm(lang, 'product'), (a) => (
          <input type="text" {...a} value={draft.value.product} maxLength={PRODUCT_MAX + 20} placeholder={mm(lang, 'productPlaceholder')} onInput={set('product')} />
        ))}
        {FIGURE_FIELDS.map((f) => (
          <Fragment key={f}>{field(f, mm(lang, f), (a) => <input type="text" inputMode="numeric" {...a} value={draft.value[f]} maxLength={20} onInput={set(f)} />)}</Fragment>
        ))}
      </div>
      <p class="hint">{mm(lang, 'formHint')}</p>
      <div class="actions">
        <button type="submit" class="primary">
          {mm(lang, 'save')}
        </button>
        <button
          type="button"
          onClick={() => {
            draft.value = emptyDraft(today);
            problems.value = [];
            refused.value = [];
          }}
        >
          {mm(lang, 'clear')}
        </button>
      </div>
      {all.length > 0 && (
        <div class="mt-problems" role="alert">
          {problems.value.length > 0 && <p>{mm(lang, 'problemsIntro')}</p>}
          <ul>
            {all.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
