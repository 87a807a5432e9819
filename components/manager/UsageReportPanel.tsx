import { stageName } from '../../core/phrases/stages';
import { useMemo } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import { PHRASE_STAGES } from '../../core/phrases/stages';
import { usageReport } from '../../core/usage';
import type { ManagedPhrase, PhraseUsage } from './manager-api';
import { m } from './messages';

interface Props {
  lang: Lang;
  phrases: readonly ManagedPhrase[];
  usage: Readonly<Record<string, PhraseUsage | undefined>>;
  now: number;
  onOpen(phrase: ManagedPhrase): void;
}

/** `core/usage` counts a phrase as stale after 30 days without use. */
const STALE_DAYS = 30;
/** Names listed per section; the rest are counted. */
const SHOWN = 8;

/** What to prune and what works: never used, not used lately, favourites per stage. */
export function UsageReportPanel({ lang, phrases, usage, now, onOpen }: Props) {
  const { neverUsed, stale, topByStage } = useMemo(() => {
    const byId = new Map(phrases.map((p) => [p.id, p]));
    const pick = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
    const report = usageReport(phrases, usage, now);
    return {
      neverUsed: pick(report.neverUsed),
      stale: pick(report.staleSince30Days),
      topByStage: [...PHRASE_STAGES, 'none' as const].flatMap((stage) => {
        const top = report.topByStage[stage].flatMap(({ id, count }) => (byId.has(id) ? [{ phrase: byId.get(id)!, count }] : []));
        return top.length ? [{ stage, top }] : [];
      }),
    };
  }, [phrases, usage, now]);
  const list = (items: readonly ManagedPhrase[]) =>
    items.length === 0 ? (
      <p class="muted">{m(lang, 'reportNone')}</p>
    ) : (
      <ul class="report-list">
        {items.slice(0, SHOWN).map((p) => (
          <li key={p.id}>
            <button type="button" class="link" onClick={() => onOpen(p)}>
              {p.title}
            </button>
          </li>
        ))}
        {items.length > SHOWN && <li class="muted">{m(lang, 'reportMore', { count: items.length - SHOWN })}</li>}
      </ul>
    );

  return (
    <section class="usage-report" aria-labelledby="report-heading">
      <h2 id="report-heading">{m(lang, 'reportHeading')}</h2>
      <p class="hint">{m(lang, 'reportIntro')}</p>
      <h3>{m(lang, 'reportNever', { count: neverUsed.length })}</h3>
      {list(neverUsed)}
      <h3>{m(lang, 'reportStale', { days: STALE_DAYS, count: stale.length })}</h3>
      {list(stale)}
      <h3>{m(lang, 'reportTop')}</h3>
      {topByStage.length === 0 ? (
        <p class="muted">{m(lang, 'reportNone')}</p>
      ) : (
        topByStage.map(({ stage, top }) => (
          <div key={stage} class="report-stage">
            <h4>{stage === 'none' ? m(lang, 'stage_none') : stageName(stage, lang)}</h4>
            <ol class="report-list">
              {top.map(({ phrase, count }) => (
                <li key={phrase.id}>
                  <button type="button" class="link" onClick={() => onOpen(phrase)}>
                    {phrase.title}
                  </button>{' '}
                  <span class="muted">{m(lang, 'timesShort', { count })}</span>
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}
