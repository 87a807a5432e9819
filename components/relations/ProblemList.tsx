import type { Lang } from '../../core/i18n';
import { rm } from './messages';
import type { RowProblem } from './table-import';

const SHOWN = 20;

/** Rows that could not be read: each sentence names its row and field. `label` names the list. */
export function ProblemList({ lang, problems, label }: { lang: Lang; problems: readonly RowProblem[]; label?: string }) {
  return (
    <ul class="problems" aria-label={label}>
      {problems.slice(0, SHOWN).map((p, i) => (
        <li key={i}>{p.message}</li>
      ))}
      {problems.length > SHOWN && <li>{rm(lang, 'moreProblems', { count: problems.length - SHOWN })}</li>}
    </ul>
  );
}
