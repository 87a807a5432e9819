import { stageName } from '../../core/phrases/stages';
import type { ProtocolClient } from '../../core/client';
import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import { searchPhrases } from '../../core/phrases/search';
import { synonymsOf } from '../phrases/find-phrases';
import type { LibraryState } from '../phrases/library-state';
import { describeError } from '../phrases/outcome-text';
import { Highlighted } from '../ui/Highlighted';
import { formatDate } from './format';
import { ALL_GROUPS, DRAG_PHRASES, GroupTree, type GroupView } from './GroupTree';
import { buildGroupTree, moveInList, placeInList } from '../../core/library/group-tree';
import { GroupOptions } from '../ui/GroupOptions';
import type { ManagedPhrase, PhraseUsage } from './manager-api';
import { m } from './messages';
import type { Notice } from './notice';
import { PhraseForm } from '../phrases/PhraseForm';
import { readLatestPhrase } from '../phrases/library-state';
import { UsageReportPanel } from './UsageReportPanel';

/** How many rows the list draws; more are reached by searching. */
const LIST_LIMIT = 300;

interface Props {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
  notice: Notice;
  /** Clock for the usage report (tests pin it). */
  now?: () => number;
}

interface Row {
  phrase: ManagedPhrase;
  titleRanges?: [number, number][];
  textRanges?: [number, number][];
}

/** The library tab: group tree, phrase list with search, bulk move/delete with undo, reorder, editor, usage. */
export function PhraseManager({ lang, client, library, notice, now = Date.now }: Props) {
  const snapshot = library.snapshot.value;
  const [view, setView] = useState<GroupView>(ALL_GROUPS);
  const [query, setQuery] = useState('');
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<ManagedPhrase | 'new' | null>(null);
  const [moveTarget, setMoveTarget] = useState('');
  const [dragId, setDragId] = useState<string | null>(null);

  const phrases = snapshot?.phrases ?? [];
  const groups = snapshot?.groups ?? [];
  const usage = snapshot?.usage ?? {};
  const tree = useMemo(() => buildGroupTree(groups), [groups]);
  const usageNote = (u: PhraseUsage | undefined) =>
    u && u.count > 0 ? m(lang, 'usageLine', { count: u.count, date: formatDate(lang, u.lastUsedAt) }) : m(lang, 'neverUsed');
  const groupName = (id: string | null) => (id === null ? m(lang, 'ungrouped') : (groups.find((g) => g.id === id)?.name ?? m(lang, 'ungrouped')));
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const p of phrases) c.set(p.groupId ?? '', (c.get(p.groupId ?? '') ?? 0) + 1);
    return c;
  }, [phrases]);

  const inView = (p: ManagedPhrase) => view === ALL_GROUPS || (p.groupId ?? null) === view;
  const rows = useMemo<Row[]>(() => {
    if (!snapshot) return [];
    const q = query.trim();
    if (!q) return phrases.filter(inView).map((phrase) => ({ phrase }));
    const byId = new Map(phrases.map((p) => [p.id, p]));
    const out: Row[] = [];
    // Shop words and the owner's pairs widen the query as in the sidebar (below the direct matches).
    for (const hit of searchPhrases(snapshot.phraseIndex, q, 2000, { usage, synonyms: synonymsOf(snapshot) })) {
      const phrase = byId.get(hit.id);
      if (!phrase || !inView(phrase)) continue;
      const ranges = hit.ranges as [number, number][];
      out.push({ phrase, titleRanges: hit.field === 'title' ? ranges : undefined, textRanges: hit.field === 'text' ? ranges : undefined });
    }
    return out;
  }, [snapshot, query, view]);
  const shown = rows.slice(0, LIST_LIMIT);
  const canReorder = view !== ALL_GROUPS && !query.trim();
  const orderIds = canReorder ? rows.map((r) => r.phrase.id) : [];
  const selectedIds = [...checked].filter((id) => phrases.some((p) => p.id === id));

  function toggle(id: string, on: boolean) {
    const next = new Set(checked);
    if (on) next.add(id);
    else next.delete(id);
    setChecked(next);
  }

  /** Brings back exactly the deleted phrases; whatever was added or edited since stays. */
  async function undo(snapshotId: string, ids: string[]) {
    const reply = await client.request({ kind: 'restoreSnapshot', id: snapshotId, onlyIds: ids });
    if (reply.ok) notice.say(m(lang, 'undone'));
    else notice.alert(describeError(reply.error));
  }

  async function deleteIds(ids: string[]) {
    if (!ids.length) return;
    const reply = await client.request({ kind: 'deletePhrases', ids });
    if (!reply.ok) return notice.alert(describeError(reply.error));
    setChecked(new Set());
    if (editing !== null && editing !== 'new' && ids.includes(editing.id)) setEditing(null);
    const snapshotId = reply.value.snapshotId;
    notice.say(m(lang, 'deletedMany', { count: reply.value.deleted }), { label: m(lang, 'undo'), run: () => undo(snapshotId, ids) });
  }

  async function moveIds(ids: string[], groupId: string | null) {
    if (!ids.length) return;
    const reply = await client.request({ kind: 'movePhrases', ids, groupId });
    if (!reply.ok) return notice.alert(describeError(reply.error));
    setChecked(new Set());
    notice.say(m(lang, 'moved', { count: reply.value.moved, group: groupName(groupId) }));
  }

  async function reorder(orderedIds: string[]) {
    if (view === ALL_GROUPS) return;
    const reply = await client.request({ kind: 'reorderPhrases', groupId: view, orderedIds });
    if (reply.ok) notice.say(m(lang, 'reordered'));
    else notice.alert(describeError(reply.error));
  }

  if (!snapshot) {
    return <p class="muted">{library.loadError.value ? `${m(lang, 'loadFailed')} ${describeError(library.loadError.value)}` : m(lang, 'loading')}</p>;
  }

  const viewName = view === ALL_GROUPS ? m(lang, 'allPhrases') : groupName(view);
  const allShownChecked = shown.length > 0 && shown.every((r) => checked.has(r.phrase.id));
  return (
    <div class="manager">
      <GroupTree
        lang={lang}
        client={client}
        notice={notice}
        tree={tree}
        counts={counts}
        total={phrases.length}
        selected={view}
        onSelect={(v) => {
          setView(v);
          setChecked(new Set());
        }}
        onDropPhrases={(ids, groupId) => void moveIds(ids, groupId)}
      />
      <section class="phrase-pane" aria-labelledby="list-heading">
        <div class="pane-head">
          <h2 id="list-heading">{m(lang, 'listHeading', { group: viewName, count: rows.length })}</h2>
          <button type="button" class="primary" onClick={() => setEditing('new')}>
            ＋ {m(lang, 'newPhrase')}
          </button>
        </div>
        <input
          type="search"
          role="searchbox"
          class="search"
          aria-label={m(lang, 'searchLabel')}
          placeholder={m(lang, 'searchPlaceholder')}
          value={query}
          maxLength={100}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <div class="bulk-bar" role="group" aria-label={m(lang, 'selectedCount', { count: selectedIds.length })}>
          <label class="check">
            <input
              type="checkbox"
              checked={allShownChecked}
              onChange={(e) => setChecked(e.currentTarget.checked ? new Set([...checked, ...shown.map((r) => r.phrase.id)]) : new Set())}
            />
            <span>{m(lang, 'selectAll')}</span>
          </label>
          <span class="muted">{m(lang, 'selectedCount', { count: selectedIds.length })}</span>
          <select aria-label={m(lang, 'moveTo')} value={moveTarget} disabled={!selectedIds.length} onChange={(e) => setMoveTarget(e.currentTarget.value)}>
            <GroupOptions groups={groups} ungrouped={m(lang, 'ungrouped')} />
          </select>
          <button type="button" disabled={!selectedIds.length} onClick={() => moveIds(selectedIds, moveTarget || null)}>
            {m(lang, 'moveSelected')}
          </button>
          <button type="button" class="danger" disabled={!selectedIds.length} onClick={() => deleteIds(selectedIds)}>
            {m(lang, 'deleteSelected')}
          </button>
        </div>
        <p class="hint">{canReorder ? m(lang, 'reorderHint') : m(lang, 'reorderNeedsGroup')}</p>
        {rows.length === 0 ? (
          <p class="empty">{query.trim() ? m(lang, 'noMatch', { query: query.trim() }) : m(lang, 'emptyGroup')}</p>
        ) : (
          <ul class="phrase-rows" aria-labelledby="list-heading">
            {shown.map(({ phrase, titleRanges, textRanges }, i) => {
              const u = usage[phrase.id];
              return (
                <li
                  key={phrase.id}
                  class={`phrase-row${editing !== null && editing !== 'new' && editing.id === phrase.id ? ' editing' : ''}${dragId === phrase.id ? ' dragging' : ''}`}
                  draggable
                  onDragStart={(e) => {
                    setDragId(phrase.id);
                    const ids = checked.has(phrase.id) ? selectedIds : [phrase.id];
                    e.dataTransfer?.setData(DRAG_PHRASES, ids.join('\n'));
                    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                  }}
                  onDragEnd={() => setDragId(null)}
                  onDragOver={(e) => canReorder && dragId && e.preventDefault()}
                  onDrop={(e) => {
                    e.preventDefault();
                    if (!canReorder || !dragId) return;
                    const rect = e.currentTarget.getBoundingClientRect();
                    const after = e.clientY > rect.top + rect.height / 2;
                    const next = placeInList(orderIds, dragId, phrase.id, after);
                    setDragId(null);
                    if (next.join() !== orderIds.join()) void reorder(next);
                  }}
                >
                  <input type="checkbox" aria-label={m(lang, 'selectPhrase', { title: phrase.title })} checked={checked.has(phrase.id)} onChange={(e) => toggle(phrase.id, e.currentTarget.checked)} />
                  <div class="phrase-main">
                    <div class="phrase-title">
                      <span>
                        <Highlighted text={phrase.title} ranges={titleRanges} />
                      </span>
                      {phrase.code && <code class="code">{phrase.code}</code>}
                      {phrase.stage && <span class="badge stage">{stageName(phrase.stage, lang)}</span>}
                      {phrase.scope === 'agent' && <span class="badge mine">{m(lang, 'scope_agent')}</span>}
                      {(phrase.tags ?? []).map((tag) => (
                        <span key={tag} class="badge tag">
                          #{tag}
                        </span>
                      ))}
                    </div>
                    <div class="phrase-text">
                      <Highlighted text={phrase.text} ranges={textRanges} />
                    </div>
                    <div class="phrase-meta">
                      {view === ALL_GROUPS && <span>{groupName(phrase.groupId ?? null)} · </span>}
                      {u && u.count > 0 ? m(lang, 'usedTimes', { count: u.count, date: formatDate(lang, u.lastUsedAt) }) : m(lang, 'neverUsed')}
                    </div>
                  </div>
                  <div class="row-actions">
                    <button type="button" class="small" aria-label={m(lang, 'editTitle', { title: phrase.title })} onClick={() => setEditing(phrase)}>
                      {m(lang, 'edit')}
                    </button>
                    {canReorder && (
                      <>
                        <button type="button" class="small" aria-label={m(lang, 'moveUpNamed', { title: phrase.title })} title={m(lang, 'moveUp')} disabled={i === 0} onClick={() => reorder(moveInList(orderIds, phrase.id, -1))}>
                          {m(lang, 'moveUp')}
                        </button>
                        <button type="button" class="small" aria-label={m(lang, 'moveDownNamed', { title: phrase.title })} title={m(lang, 'moveDown')} disabled={i === orderIds.length - 1} onClick={() => reorder(moveInList(orderIds, phrase.id, 1))}>
                          {m(lang, 'moveDown')}
                        </button>
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {rows.length > shown.length && <p class="hint">{m(lang, 'moreRows', { count: rows.length - shown.length })}</p>}
      </section>
      <aside class={`side-pane${editing !== null ? ' has-editor' : ''}`}>
        {editing !== null ? (
          <PhraseForm
            key={editing === 'new' ? 'new' : editing.id}
            lang={lang}
            client={client}
            groups={groups}
            phrase={editing === 'new' ? null : editing}
            note={editing === 'new' ? undefined : usageNote(usage[editing.id])}
            defaultGroupId={view === ALL_GROUPS ? null : view}
            loadLatest={(id) => readLatestPhrase(library, id)}
            onSaved={(title) => {
              notice.say(m(lang, 'saved', { title }));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
            onDelete={(p) => void deleteIds([p.id])}
          />
        ) : (
          <UsageReportPanel lang={lang} phrases={phrases} usage={usage} now={now()} onOpen={(p) => setEditing(p)} />
        )}
      </aside>
    </div>
  );
}
