import type { Lang } from '../../core/i18n';
import { rm } from './messages';
import type { RowProblem } from './table-import';

const SHOWN = 20;

/** Rows that could not be read: each sentence names its row and field. */
export function ProblemList({ lang, problems }: { lang: Lang; problems: readonly RowProblem[] }) {
  return (
    <ul class="problems">
      {problems.slice(0, SHOWN).map((p, i) => (
        <li key={i}>{p.message}</li>
      ))}
      {problems.length > SHOWN && <li>{rm(lang, 'moreProblems', { count: problems.length - SHOWN })}</li>}
    </ul>
  );
}
