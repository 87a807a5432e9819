import type { Lang } from '../../core/i18n';
import { CLOSING_CHECKLIST, answersOf, playbookById } from '../../core/playbooks';
import { tp } from './messages';
import type { Outcome } from './use-outcomes';

/** Month, day and time in the UI language. */
const when = (lang: Lang, at: number) =>
  new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** What an outcome was about, and the answers given on the way. */
function describe(lang: Lang, o: Outcome): { what: string; how: string } {
  if (o.source === 'closing') return { what: tp(lang, 'closingName'), how: tp(lang, 'ticked', { done: o.path.length, total: CLOSING_CHECKLIST.length }) };
  const playbook = o.playbook ? playbookById(o.playbook) : undefined;
  if (!playbook) return { what: tp(lang, 'unknownPlaybook'), how: '' };
  return { what: playbook.name[lang], how: answersOf(playbook, o.path).map((a) => a[lang]).join(' → ') };
}

/** The open buyer's outcomes, newest first; every value is page or agent text, shown as text. */
export function RecentOutcomes({ lang, buyerName, outcomes, error }: { lang: Lang; buyerName: string; outcomes: readonly Outcome[]; error?: string }) {
  const heading = tp(lang, 'recentHeading', { buyer: buyerName });
  return (
    <section class="pb-recent" aria-label={heading}>
      <h3 class="pb-subhead">{heading}</h3>
      {error ? (
        <p class="pb-error">{tp(lang, 'recentFailed', { message: error })}</p>
      ) : outcomes.length === 0 ? (
        <p class="hint">{tp(lang, 'recentNone')}</p>
      ) : (
        <ul class="pb-recent-list">
          {outcomes.map((o) => {
            const { what, how } = describe(lang, o);
            return (
              <li key={o.id}>
                <div class="pb-recent-head">
                  <strong>{what}</strong>
                  <time dateTime={new Date(o.at).toISOString()}>{when(lang, o.at)}</time>
                </div>
                <div class="pb-badges">
                  {o.resolved !== undefined && <span class={`pb-badge ${o.resolved ? 'is-yes' : 'is-no'}`}>{tp(lang, o.resolved ? 'resolvedYes' : 'resolvedNo')}</span>}
                  {o.sale !== undefined && <span class={`pb-badge ${o.sale ? 'is-yes' : 'is-no'}`}>{tp(lang, o.sale ? 'saleYes' : 'saleNo')}</span>}
                  {how && <span class="pb-how">{how}</span>}
                </div>
                {o.note && <p class="pb-recent-note">{o.note}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
