import type { Lang } from '../../core/i18n';
import type { ConflictView, TeamConflicts } from '../../core/team-owner';
import { hasMessage, tm } from './messages';
import { when } from './format';

interface Props {
  lang: Lang;
  data: TeamConflicts;
  onKeep(conflict: ConflictView, index: number): void;
}

const typeName = (lang: Lang, type: string) => tm(lang, hasMessage(`type_${type}`) ? (`type_${type}` as 'type_phrase') : 'type_other');
const fieldName = (lang: Lang, field: string) => (hasMessage(`field_${field}`) ? tm(lang, `field_${field}` as 'field_title') : field);

/**
 * The conflicts the app could not merge, each with every version side by side: the fields that
 * differ marked (in words, not only colour), who changed it and when, and one "keep" per version.
 * Every value is text from another machine, rendered as text.
 */
export function ConflictsCard({ lang, data, onKeep }: Props) {
  return (
    <section class="to-card" aria-labelledby="to-conflicts-heading">
      <h3 id="to-conflicts-heading">{tm(lang, 'conflictsHeading')}</h3>
      <p class="hint">{tm(lang, 'conflictsIntro')}</p>
      {data.merged > 0 && <p role="status">{tm(lang, 'mergedNote', { count: data.merged })}</p>}
      {data.conflicts.length === 0 ? (
        <p class="to-empty">{tm(lang, 'noConflicts')}</p>
      ) : (
        data.conflicts.map((c) => (
          <article key={c.id} class="to-conflict" aria-labelledby={`to-c-${c.id}`}>
            <h4 id={`to-c-${c.id}`}>{tm(lang, 'conflictTitle', { type: typeName(lang, c.type), label: c.label })}</h4>
            <div class="to-table-wrap">
              <table class="to-table to-versions" aria-label={tm(lang, 'versionsLabel', { label: c.label })}>
                <thead>
                  <tr>
                    <th scope="col">{tm(lang, 'colField')}</th>
                    {c.versions.map((v, i) => (
                      <th key={v.rev} scope="col">
                        {tm(lang, 'versionHead', { n: i + 1 })}
                        <div class="to-who">{tm(lang, 'byWhen', { who: v.updatedBy || tm(lang, 'unknownWho'), when: v.updatedAt === null ? tm(lang, 'unknownWhen') : when(lang, v.updatedAt) })}</div>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {c.fields.map((field) => {
                    const differs = c.differing.includes(field);
                    return (
                      <tr key={field} class={differs ? 'to-differs' : undefined}>
                        <th scope="row">
                          {fieldName(lang, field)}
                          {differs && <span class="to-flag"> · {tm(lang, 'differs')}</span>}
                        </th>
                        {c.versions.map((v) => (
                          <td key={v.rev}>{field === 'deleted' && v.deleted ? tm(lang, 'deletedVersion') : v.values[field] || <span class="to-muted">{tm(lang, 'empty')}</span>}</td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <div class="actions">
              {c.versions.map((v, i) => (
                <button key={v.rev} type="button" aria-label={tm(lang, 'keepLabel', { label: c.label, n: i + 1, who: v.updatedBy || tm(lang, 'unknownWho') })} onClick={() => onKeep(c, i)}>
                  {tm(lang, 'keep', { n: i + 1 })}
                </button>
              ))}
            </div>
          </article>
        ))
      )}
    </section>
  );
}
