import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { GroupWithCount } from '../../core/customers';
import type { Lang } from '../../core/i18n';
import type { Notice } from '../manager/notice';
import { cm } from './messages';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  notice: Notice;
}

type Editing = { id: string | null; prefix: string; name: string };

/** The next free sub-group number under a numbered group: `1` → `1A`, or `1B` when 1A is taken. */
function nextSubPrefix(prefix: string, groups: readonly GroupWithCount[]): string {
  const taken = new Set(groups.map((g) => g.prefix));
  for (let i = 0; i < 26; i++) {
    const candidate = prefix + String.fromCharCode(65 + i);
    if (!taken.has(candidate)) return candidate;
  }
  return prefix;
}

/** The shop's customer groups: numbered order, rename and renumber, sub-groups, delete (moving customers first). */
export function GroupManager({ lang, client, notice }: Props) {
  const groups = useSignal<GroupWithCount[]>([]);
  const editing = useSignal<Editing | null>(null);
  const adding = useSignal<Editing>({ id: null, prefix: '', name: '' });
  const deleting = useSignal<{ id: string; moveTo: string } | null>(null);

  async function load() {
    const reply = await client.request({ kind: 'getCustomerGroups' });
    if (reply.ok) groups.value = reply.value.groups;
    else notice.alert(reply.error.message);
  }
  useEffect(() => void load(), []);

  async function save(draft: Editing) {
    const reply = await client.request({ kind: 'saveCustomerGroup', ...(draft.id ? { id: draft.id } : {}), prefix: draft.prefix, name: draft.name });
    if (!reply.ok) return notice.alert([reply.error.message, ...(reply.error.details ?? [])].join('\n'));
    groups.value = reply.value.groups;
    const label = groups.value.find((g) => g.id === reply.value.id)?.label ?? draft.name;
    notice.say(cm(lang, draft.id ? 'groupUpdated' : 'groupAdded', { label }));
    if (draft.id) editing.value = null;
    else adding.value = { id: null, prefix: '', name: '' };
  }

  async function remove(group: GroupWithCount, moveTo?: string) {
    const reply = await client.request({ kind: 'deleteCustomerGroup', id: group.id, ...(moveTo !== undefined ? { moveTo: moveTo || null } : {}) });
    if (!reply.ok) return notice.alert(reply.error.message);
    groups.value = reply.value.groups;
    deleting.value = null;
    notice.say(reply.value.moved > 0 ? cm(lang, 'groupDeletedMoved', { label: group.label, count: reply.value.moved }) : cm(lang, 'groupDeleted', { label: group.label }));
  }

  const field = (sig: typeof adding | typeof editing, key: 'prefix' | 'name') => (e: Event) => {
    sig.value = { ...(sig.peek() as Editing), [key]: (e.currentTarget as HTMLInputElement).value };
  };

  return (
    <section class="rd-card" aria-labelledby="cust-groups-heading">
      <h3 id="cust-groups-heading">{cm(lang, 'groupsHeading')}</h3>
      <p class="hint">{cm(lang, 'groupsIntro')}</p>
      <ul class="cust-group-list" aria-label={cm(lang, 'groupsLabel')}>
        {groups.value.map((g) => {
          const edit = editing.value?.id === g.id ? editing.value : null;
          const del = deleting.value?.id === g.id ? deleting.value : null;
          return (
            <li key={g.id} class={g.depth ? 'is-sub' : ''} aria-label={g.label}>
              {edit ? (
                <form class="cust-group-edit" onSubmit={(e) => (e.preventDefault(), void save(edit))}>
                  <input type="text" class="cust-prefix" aria-label={cm(lang, 'prefix')} value={edit.prefix} maxLength={4} onInput={field(editing, 'prefix')} />
                  <input type="text" aria-label={cm(lang, 'groupNameLabel')} value={edit.name} maxLength={30} onInput={field(editing, 'name')} />
                  <button type="submit" class="small primary">{cm(lang, 'save')}</button>
                  <button type="button" class="small" onClick={() => (editing.value = null)}>
                    {cm(lang, 'cancel')}
                  </button>
                </form>
              ) : (
                <div class="cust-group-row">
                  <span class="cust-group-label">{g.label}</span>
                  <span class="hint">{cm(lang, 'members', { count: g.count })}</span>
                  <div class="actions">
                    <button type="button" class="small" aria-label={`${cm(lang, 'rename')} ${g.label}`} onClick={() => (editing.value = { id: g.id, prefix: g.prefix, name: g.name })}>
                      {cm(lang, 'rename')}
                    </button>
                    {/^\d+$/.test(g.prefix) && (
                      <button
                        type="button"
                        class="small"
                        aria-label={`${cm(lang, 'addSubGroup')} ${g.label}`}
                        onClick={() => (adding.value = { id: null, prefix: nextSubPrefix(g.prefix, groups.value), name: '' })}
                      >
                        {cm(lang, 'addSubGroup')}
                      </button>
                    )}
                    <button
                      type="button"
                      class="small danger"
                      aria-label={cm(lang, 'deleteGroup', { label: g.label })}
                      onClick={() => (g.count === 0 ? void remove(g) : (deleting.value = { id: g.id, moveTo: '' }))}
                    >
                      {cm(lang, 'delete')}
                    </button>
                  </div>
                </div>
              )}
              {del && (
                <div class="actions cust-move">
                  <label class="inline">
                    {cm(lang, 'moveMembersTo', { count: g.count })}
                    <select value={del.moveTo} onChange={(e) => (deleting.value = { id: g.id, moveTo: e.currentTarget.value })}>
                      <option value="">{cm(lang, 'noGroup')}</option>
                      {groups.value
                        .filter((x) => x.id !== g.id)
                        .map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.label}
                          </option>
                        ))}
                    </select>
                  </label>
                  <button type="button" class="small danger" onClick={() => void remove(g, del.moveTo)}>
                    {cm(lang, 'moveAndDelete')}
                  </button>
                  <button type="button" class="small" onClick={() => (deleting.value = null)}>
                    {cm(lang, 'cancel')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <form class="cust-group-edit cust-group-add" onSubmit={(e) => (e.preventDefault(), void save(adding.value))}>
        <input type="text" class="cust-prefix" aria-label={cm(lang, 'prefix')} placeholder={cm(lang, 'prefix')} value={adding.value.prefix} maxLength={4} onInput={field(adding, 'prefix')} />
        <input type="text" aria-label={cm(lang, 'groupNameLabel')} placeholder={cm(lang, 'groupNameLabel')} value={adding.value.name} maxLength={30} onInput={field(adding, 'name')} />
        <button type="submit" class="small primary">{cm(lang, 'addGroup')}</button>
      </form>
    </section>
  );
}
