import type { ProtocolClient } from '../../core/client';
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import { describeError } from '../phrases/outcome-text';
import { flattenTree, moveInList, planGroupDrop, siblingsOf, subtreeIds, type DropPosition, type GroupNode as TreeNode } from '../../core/library/group-tree';
import type { GroupRecord } from '../../core/phrases/model';

type GroupNode = TreeNode<GroupRecord>;
import { m } from './messages';
import type { Notice } from './notice';

/** The list shows every phrase, the ungrouped ones (`null`) or one group's. */
export const ALL_GROUPS = '*';
export type GroupView = typeof ALL_GROUPS | string | null;

/** Drag payloads between the tree and the phrase list. */
const DRAG_GROUP = 'application/x-kefu-group';
export const DRAG_PHRASES = 'application/x-kefu-phrases';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  notice: Notice;
  tree: GroupNode[];
  /** Phrases per group id (`''` = ungrouped) and in total. */
  counts: Map<string, number>;
  total: number;
  selected: GroupView;
  onSelect(view: GroupView): void;
  /** Phrases dropped on a group row (dragged from the list). */
  onDropPhrases(ids: string[], groupId: string | null): void;
}

type Editing = { kind: 'add'; parentId: string | null } | { kind: 'edit'; id: string } | { kind: 'delete'; id: string } | null;

/** Where on a row the pointer is: top third before, bottom third after, the middle nests. */
function dropPosition(e: DragEvent): DropPosition {
  const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
  const y = (e.clientY - rect.top) / Math.max(rect.height, 1);
  return y < 0.3 ? 'before' : y > 0.7 ? 'after' : 'inside';
}

/** Nested groups: pick one to list its phrases; add, rename, nest, reorder (drag or buttons), delete. */
export function GroupTree({ lang, client, notice, tree, counts, total, selected, onSelect, onDropPhrases }: Props) {
  const [editing, setEditing] = useState<Editing>(null);
  const [dropAt, setDropAt] = useState<{ id: string; position: DropPosition } | null>(null);
  const flat = flattenTree(tree);

  async function reorder(parentId: string | null, orderedIds: string[], name: string) {
    const reply = await client.request({ kind: 'reorderGroups', parentId, orderedIds });
    if (reply.ok) notice.say(m(lang, 'groupMoved', { name }));
    else notice.alert(describeError(reply.error));
  }

  async function dropGroup(draggedId: string, targetId: string, position: DropPosition) {
    const dragged = flat.find((n) => n.group.id === draggedId)?.group;
    if (!dragged) return;
    const plan = planGroupDrop(tree, draggedId, targetId, position);
    if (!plan) return notice.alert(m(lang, 'groupIntoSelf'));
    if ((dragged.parentId ?? null) !== plan.parentId) {
      const moved = await client.request({ kind: 'saveGroup', group: { id: dragged.id, name: dragged.name, parentId: plan.parentId } });
      if (!moved.ok) return notice.alert(describeError(moved.error));
    }
    await reorder(plan.parentId, plan.orderedIds, dragged.name);
  }

  function onDrop(e: DragEvent, targetId: string | null) {
    e.preventDefault();
    const position = dropAt?.position ?? 'inside';
    setDropAt(null);
    const data = e.dataTransfer;
    if (!data) return;
    const group = data.getData(DRAG_GROUP);
    const phrases = data.getData(DRAG_PHRASES);
    if (phrases) {
      const ids = phrases.split('\n').filter(Boolean);
      if (ids.length) onDropPhrases(ids, targetId);
    } else if (group && targetId) {
      void dropGroup(group, targetId, position);
    } else if (group && targetId === null) {
      // Dropped on "ungrouped" / the list's end: to the top level, last.
      const dragged = flat.find((n) => n.group.id === group)?.group;
      if (!dragged) return;
      const ids = [...siblingsOf(tree, null).map((g) => g.id).filter((id) => id !== group), group];
      void (async () => {
        if ((dragged.parentId ?? null) !== null) {
          const moved = await client.request({ kind: 'saveGroup', group: { id: dragged.id, name: dragged.name, parentId: null } });
          if (!moved.ok) return notice.alert(describeError(moved.error));
        }
        await reorder(null, ids, dragged.name);
      })();
    }
  }

  async function remove(id: string) {
    const group = flat.find((n) => n.group.id === id)?.group;
    setEditing(null);
    if (!group) return;
    const reply = await client.request({ kind: 'deleteGroup', id });
    if (!reply.ok) return notice.alert(describeError(reply.error));
    if (selected === id) onSelect(ALL_GROUPS);
    notice.say(m(lang, 'groupDeleted', { name: group.name }));
  }

  function renderNode(node: GroupNode) {
    const { group } = node;
    const parentId = group.parentId ?? null;
    const siblings = siblingsOf(tree, parentId).map((g) => g.id);
    const at = siblings.indexOf(group.id);
    const count = counts.get(group.id) ?? 0;
    const marker = dropAt?.id === group.id ? ` drop-${dropAt.position}` : '';
    return (
      <li key={group.id}>
        <div
          class={`group-row${selected === group.id ? ' selected' : ''}${marker}`}
          draggable
          onDragStart={(e) => {
            e.dataTransfer?.setData(DRAG_GROUP, group.id);
            if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
          }}
          onDragOver={(e) => {
            e.preventDefault();
            const position = e.dataTransfer?.types.includes(DRAG_PHRASES) ? 'inside' : dropPosition(e);
            if (dropAt?.id !== group.id || dropAt.position !== position) setDropAt({ id: group.id, position });
          }}
          onDragLeave={() => setDropAt(null)}
          onDrop={(e) => onDrop(e, group.id)}
          style={{ paddingLeft: `${8 + node.depth * 16}px` }}
        >
          <button type="button" class="group-name" aria-current={selected === group.id ? 'true' : undefined} onClick={() => onSelect(group.id)}>
            <span class="name">{group.name}</span>
            <span class="count">{count}</span>
          </button>
          <span class="tools">
            <button type="button" class="icon" aria-label={m(lang, 'addSubgroup')} title={m(lang, 'addSubgroup')} onClick={() => setEditing({ kind: 'add', parentId: group.id })}>
              ＋
            </button>
            <button type="button" class="icon" aria-label={m(lang, 'renameGroup', { name: group.name })} title={m(lang, 'renameGroup', { name: group.name })} onClick={() => setEditing({ kind: 'edit', id: group.id })}>
              ✎
            </button>
            <button type="button" class="icon" aria-label={m(lang, 'moveGroupUp', { name: group.name })} disabled={at <= 0} onClick={() => reorder(parentId, moveInList(siblings, group.id, -1), group.name)}>
              ↑
            </button>
            <button type="button" class="icon" aria-label={m(lang, 'moveGroupDown', { name: group.name })} disabled={at >= siblings.length - 1} onClick={() => reorder(parentId, moveInList(siblings, group.id, 1), group.name)}>
              ↓
            </button>
            <button type="button" class="icon danger" aria-label={m(lang, 'deleteGroup', { name: group.name })} title={m(lang, 'deleteGroup', { name: group.name })} onClick={() => setEditing({ kind: 'delete', id: group.id })}>
              ✕
            </button>
          </span>
        </div>
        {editing?.kind === 'edit' && editing.id === group.id && (
          <GroupForm lang={lang} client={client} notice={notice} flat={flat} tree={tree} id={group.id} name={group.name} parentId={parentId} onDone={() => setEditing(null)} />
        )}
        {editing?.kind === 'delete' && editing.id === group.id && (
          <div class="inline-confirm" role="group" aria-label={m(lang, 'deleteGroup', { name: group.name })}>
            <p>{m(lang, 'confirmDeleteGroup', { name: group.name, count })}</p>
            <button type="button" class="danger-fill" onClick={() => remove(group.id)}>
              {m(lang, 'confirmDelete')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {m(lang, 'cancel')}
            </button>
          </div>
        )}
        {editing?.kind === 'add' && editing.parentId === group.id && (
          <GroupForm lang={lang} client={client} notice={notice} flat={flat} tree={tree} parentId={group.id} onDone={() => setEditing(null)} />
        )}
        {node.children.length > 0 && <ul>{node.children.map(renderNode)}</ul>}
      </li>
    );
  }

  const ungrouped = counts.get('') ?? 0;
  return (
    <nav class="group-tree" aria-labelledby="groups-heading">
      <div class="pane-head">
        <h2 id="groups-heading">{m(lang, 'groupsHeading')}</h2>
        <button type="button" class="small" onClick={() => setEditing({ kind: 'add', parentId: null })}>
          ＋ {m(lang, 'addGroup')}
        </button>
      </div>
      {editing?.kind === 'add' && editing.parentId === null && (
        <GroupForm lang={lang} client={client} notice={notice} flat={flat} tree={tree} parentId={null} onDone={() => setEditing(null)} />
      )}
      <ul class="groups">
        <li>
          <div class={`group-row${selected === ALL_GROUPS ? ' selected' : ''}`}>
            <button type="button" class="group-name" aria-current={selected === ALL_GROUPS ? 'true' : undefined} onClick={() => onSelect(ALL_GROUPS)}>
              <span class="name">{m(lang, 'allPhrases')}</span>
              <span class="count">{total}</span>
            </button>
          </div>
        </li>
        {tree.map(renderNode)}
        <li>
          <div
            class={`group-row${selected === null ? ' selected' : ''}${dropAt?.id === '' ? ' drop-inside' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              if (dropAt?.id !== '') setDropAt({ id: '', position: 'inside' });
            }}
            onDragLeave={() => setDropAt(null)}
            onDrop={(e) => onDrop(e, null)}
          >
            <button type="button" class="group-name" aria-current={selected === null ? 'true' : undefined} onClick={() => onSelect(null)}>
              <span class="name">{m(lang, 'ungrouped')}</span>
              <span class="count">{ungrouped}</span>
            </button>
          </div>
        </li>
      </ul>
      <p class="hint">{m(lang, 'groupDragHint')}</p>
    </nav>
  );
}

interface FormProps {
  lang: Lang;
  client: ProtocolClient;
  notice: Notice;
  flat: GroupNode[];
  tree: GroupNode[];
  id?: string;
  name?: string;
  parentId: string | null;
  onDone(): void;
}

/** Name and parent of a new or existing group; choosing a parent is the keyboard way to nest. */
function GroupForm({ lang, client, notice, flat, tree, id, name: initial = '', parentId: initialParent, onDone }: FormProps) {
  const [name, setName] = useState(initial);
  const [parentId, setParentId] = useState(initialParent ?? '');
  const excluded = id ? subtreeIds(tree, id) : new Set<string>();

  async function submit(e: Event) {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return notice.alert(m(lang, 'required', { field: m(lang, 'groupName') }));
    const reply = await client.request({ kind: 'saveGroup', group: { ...(id ? { id } : {}), name: trimmed, parentId: parentId || null } });
    if (!reply.ok) return notice.alert(describeError(reply.error));
    notice.say(m(lang, 'groupSaved', { name: trimmed }));
    onDone();
  }

  return (
    <form class="group-form" onSubmit={submit}>
      <label>
        <span>{m(lang, 'groupName')}</span>
        <input value={name} maxLength={40} required autoFocus onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        <span>{m(lang, 'groupParent')}</span>
        <select value={parentId} onChange={(e) => setParentId(e.currentTarget.value)}>
          <option value="">{m(lang, 'noParent')}</option>
          {flat
            .filter((n) => !excluded.has(n.group.id))
            .map((n) => (
              <option key={n.group.id} value={n.group.id}>
                {'\u3000'.repeat(n.depth) + n.group.name}
              </option>
            ))}
        </select>
      </label>
      <div class="form-actions">
        <button type="submit" class="primary small">
          {m(lang, 'save')}
        </button>
        <button type="button" class="small" onClick={onDone}>
          {m(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
