import type { Lang } from '../../core/i18n';
import type { LintIssue } from '../../core/phrases/lint';
import { fm, type FormMessageKey } from './form-messages';

/** The wording-check issues of a text, listed under the field as the seller types. */
export function LintList({ lang, issues, id }: { lang: Lang; issues: readonly LintIssue[]; id: string }) {
  return (
    <div class="lint" id={id} aria-live="polite">
      {issues.length === 0 ? (
        <p class="lint-clean">✓ {fm(lang, 'lintClean')}</p>
      ) : (
        <>
          <p class="lint-count">{fm(lang, 'lintCount', { count: issues.length })}</p>
          <ul aria-label={fm(lang, 'lintHeading')}>
            {issues.map((issue, i) => (
              <li key={`${issue.code}-${issue.start ?? i}`} class={`lint-issue lint-${issue.code}`}>
                <strong>{fm(lang, `lint_${issue.code.replace(/-/g, '_')}` as FormMessageKey)}</strong> {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
