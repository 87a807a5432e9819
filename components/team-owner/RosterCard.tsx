import { useSignal } from '@preact/signals';
import type { Lang } from '../../core/i18n';
import type { TeamMember } from '../../core/team-owner';
import { tm } from './messages';

interface Props {
  lang: Lang;
  members: readonly TeamMember[];
  onAdd(userName: string): Promise<boolean>;
  onRemove(userName: string): void;
}

/** The roster: which agents' databases the team views read. */
export function RosterCard({ lang, members, onAdd, onRemove }: Props) {
  const name = useSignal('');
  async function submit(e: Event) {
    e.preventDefault();
    if (name.value.trim() === '') return;
    if (await onAdd(name.value)) name.value = '';
  }
  return (
    <section class="to-card" aria-labelledby="to-roster-heading">
      <h3 id="to-roster-heading">{tm(lang, 'rosterHeading')}</h3>
      <p class="hint">{tm(lang, 'rosterIntro')}</p>
      <form class="to-add" onSubmit={submit}>
        <label>
          {tm(lang, 'userName')}
          <input type="text" maxLength={60} autoComplete="off" spellcheck={false} value={name.value} onInput={(e) => (name.value = e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          {tm(lang, 'add')}
        </button>
      </form>
      {members.length === 0 ? (
        <p class="to-empty">{tm(lang, 'noMembers')}</p>
      ) : (
        <ul class="to-members" aria-label={tm(lang, 'membersLabel')}>
          {members.map((m) => (
            <li key={m.userName}>
              <span>{m.userName}</span>
              <button type="button" class="small danger" aria-label={tm(lang, 'removeLabel', { user: m.userName })} onClick={() => onRemove(m.userName)}>
                {tm(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{tm(lang, 'rosterServer')}</p>
    </section>
  );
}
