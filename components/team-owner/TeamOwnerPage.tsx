import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import type { ConflictView, TeamConflicts, TeamMember, TeamViews } from '../../core/team-owner';
import type { Reporter } from '../relations/ScanCard';
import { ConflictsCard } from './ConflictsCard';
import { tm } from './messages';
import { RosterCard } from './RosterCard';
import { TeamViewsCard } from './TeamViewsCard';
import './team-owner.css';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  reporter: Reporter;
}

/**
 * 团队管理 (options page): what the shop owner sees of the team once connected as the owner —
 * conflicts to settle, the roster of agents, and the team's data per agent and merged. Connected as
 * an agent, or not connected, it says what to do instead.
 */
export function TeamOwnerPage({ lang, client, reporter }: Props) {
  const conflicts = useSignal<TeamConflicts | null>(null);
  const members = useSignal<TeamMember[]>([]);
  const views = useSignal<TeamViews | null>(null);
  const busy = useSignal<string | null>(null);

  async function load() {
    const [c, r, v] = await Promise.all([client.request({ kind: 'getTeamConflicts' }), client.request({ kind: 'getTeamRoster' }), client.request({ kind: 'getTeamViews' })]);
    for (const reply of [c, r, v]) if (!reply.ok) return reporter.alert(tm(lang, 'failed', { message: reply.error.message }));
    if (c.ok) conflicts.value = c.value;
    if (r.ok) members.value = r.value;
    if (v.ok) views.value = v.value;
  }
  useEffect(() => void load(), []);

  async function keep(conflict: ConflictView, index: number) {
    const version = conflict.versions[index];
    if (!version) return;
    const reply = await client.request({ kind: 'chooseTeamVersion', id: conflict.id, rev: version.rev });
    if (!reply.ok) {
      reporter.alert(reply.error.message);
    } else reporter.say(tm(lang, 'kept', { n: index + 1 }));
    await load();
  }

  async function add(userName: string): Promise<boolean> {
    const reply = await client.request({ kind: 'addTeamMember', userName });
    if (!reply.ok) {
      reporter.alert(reply.error.message);
      return false;
    }
    reporter.say(tm(lang, reply.value.added ? 'added' : 'already', { user: reply.value.member.userName }));
    await load();
    return true;
  }

  async function remove(userName: string) {
    const reply = await client.request({ kind: 'removeTeamMember', userName });
    if (!reply.ok) return reporter.alert(reply.error.message);
    reporter.say(tm(lang, 'removed', { user: userName }));
    await load();
  }

  async function pull() {
    busy.value = tm(lang, 'pulling', { count: members.value.length });
    try {
      const reply = await client.request({ kind: 'pullTeamAgents' });
      if (!reply.ok) return reporter.alert(reply.error.message);
      const bad = reply.value.agents.filter((a) => a.failure !== null).length;
      const counts = { ok: reply.value.agents.length - bad, bad, all: reply.value.agents.length };
      if (bad > 0) reporter.alert(tm(lang, 'pulledSome', counts));
      else reporter.say(tm(lang, 'pulled', counts));
    } finally {
      busy.value = null;
    }
    await load();
  }

  const access = conflicts.value?.access;
  if (!access || !views.value) return <p class="hint">{tm(lang, 'loading')}</p>;
  if (access.state !== 'owner') {
    return (
      <div class="to">
        <section class="to-card" aria-labelledby="to-off-heading">
          <h3 id="to-off-heading">{tm(lang, 'offHeading')}</h3>
          <p class="to-empty">{access.state === 'off' ? tm(lang, 'off') : tm(lang, 'notOwner', { user: access.userName })}</p>
        </section>
      </div>
    );
  }
  return (
    <div class="to">
      <ConflictsCard lang={lang} data={conflicts.value!} onKeep={(c, i) => void keep(c, i)} />
      <RosterCard lang={lang} members={members.value} onAdd={add} onRemove={(u) => void remove(u)} />
      <TeamViewsCard lang={lang} views={views.value} busy={busy.value} onPull={() => void pull()} />
    </div>
  );
}
