import type { ProtocolClient } from '../../core/client';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import { countCodePoints, lintPhrase, type LintIssue } from '../../core/phrases';
import { describeError } from '../phrases/outcome-text';
import type { GroupNode } from '../ui/group-tree';
import { GroupOptions } from '../ui/GroupOptions';
import { StageOptions } from '../ui/StageOptions';
import { type LibraryScope, type ManagedPhrase, type PhraseUsage, type Stage } from './manager-api';
import { m, type ManagerMessageKey } from './messages';
import type { Notice } from './notice';
import { formatDate } from './format';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  notice: Notice;
  flat: GroupNode[];
  /** The phrase being edited, or null for a new one. */
  phrase: ManagedPhrase | null;
  usage: PhraseUsage | undefined;
  defaultGroupId: string | null;
  onDone(): void;
  onDelete(phrase: ManagedPhrase): void;
}

/** Tags as typed: split on Chinese or Latin commas and spaces, trimmed, no repeats. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,，、;；\s]+/).map((t) => t.trim()).filter(Boolean))];
}

/** The lint issues of a text, listed under the field as the seller types. */
export function LintList({ lang, issues, id }: { lang: Lang; issues: LintIssue[]; id: string }) {
  return (
    <div class="lint" id={id} aria-live="polite">
      {issues.length === 0 ? (
        <p class="lint-clean">✓ {m(lang, 'lintClean')}</p>
      ) : (
        <>
          <p class="lint-count">{m(lang, 'lintCount', { count: issues.length })}</p>
          <ul aria-label={m(lang, 'lintHeading')}>
            {issues.map((issue, i) => (
              <li key={`${issue.code}-${issue.start ?? i}`} class={`lint-issue lint-${issue.code}`}>
                <strong>{m(lang, `lint_${issue.code.replace(/-/g, '_')}` as ManagerMessageKey)}</strong> {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Add or edit one phrase with every v2 field; the wording check runs on each keystroke. */
export function PhraseEditor({ lang, client, notice, flat, phrase, usage, defaultGroupId, onDone, onDelete }: Props) {
  const [title, setTitle] = useState(phrase?.title ?? '');
  const [text, setText] = useState(phrase?.text ?? '');
  const [code, setCode] = useState(phrase?.code ?? '');
  const [groupId, setGroupId] = useState(phrase ? (phrase.groupId ?? '') : (defaultGroupId ?? ''));
  const [stage, setStage] = useState<Stage | ''>(phrase?.stage ?? '');
  const [tags, setTags] = useState((phrase?.tags ?? []).join('，'));
  const [scope, setScope] = useState<LibraryScope>(phrase?.scope === 'agent' ? 'agent' : 'shop');
  const [autoReply, setAutoReply] = useState(false);
  const [busy, setBusy] = useState(false);
  const issues = useMemo(() => lintPhrase(text, { autoReply, lang }), [text, autoReply, lang]);
  const idBase = phrase?.id ?? 'new';
  const form = useRef<HTMLFormElement>(null);
  // On a narrow window the editor sits above a long list: bring it into view when it opens.
  useEffect(() => form.current?.scrollIntoView?.({ block: 'nearest' }), []);

  async function submit(e: Event) {
    e.preventDefault();
    if (!title.trim()) return notice.alert(m(lang, 'required', { field: m(lang, 'fieldTitle') }));
    if (!text.trim()) return notice.alert(m(lang, 'required', { field: m(lang, 'fieldText') }));
    setBusy(true);
    const reply = await client.request({
      kind: 'savePhrase',
      phrase: {
        ...(phrase ? { id: phrase.id } : {}),
        title: title.trim(),
        text: text.trim(),
        ...(code.trim() ? { code: code.trim() } : {}),
        groupId: groupId || null,
        stage: stage || null,
        tags: parseTags(tags),
        scope,
      },
    });
    setBusy(false);
    if (!reply.ok) return notice.alert(describeError(reply.error));
    notice.say(m(lang, 'saved', { title: title.trim() }));
    onDone();
  }

  return (
    <form ref={form} class="phrase-editor" onSubmit={submit} aria-labelledby={`editor-heading-${idBase}`}>
      <h2 id={`editor-heading-${idBase}`}>{m(lang, phrase ? 'editorEdit' : 'editorNew')}</h2>
      {phrase && (
        <p class="usage-line">
          {usage && usage.count > 0 ? m(lang, 'usageLine', { count: usage.count, date: formatDate(lang, usage.lastUsedAt) }) : m(lang, 'neverUsed')}
        </p>
      )}
      <label>
        <span>{m(lang, 'fieldTitle')}</span>
        <input value={title} maxLength={60} required onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        <span>
          {m(lang, 'fieldText')} <small class="muted">{m(lang, 'charCount', { count: countCodePoints(text) })}</small>
        </span>
        <textarea
          value={text}
          rows={6}
          maxLength={2000}
          required
          aria-describedby={`lint-${idBase}`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <label class="check">
        <input type="checkbox" checked={autoReply} onChange={(e) => setAutoReply(e.currentTarget.checked)} />
        <span>{m(lang, 'autoReplyMode')}</span>
      </label>
      <LintList lang={lang} issues={issues} id={`lint-${idBase}`} />
      <div class="form-row">
        <label>
          <span>{m(lang, 'fieldCode')}</span>
          <input value={code} maxLength={20} onInput={(e) => setCode(e.currentTarget.value)} />
        </label>
        <label>
          <span>{m(lang, 'fieldGroup')}</span>
          <select value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)}>
            <GroupOptions flat={flat} ungrouped={m(lang, 'ungrouped')} />
          </select>
        </label>
      </div>
      <div class="form-row">
        <label>
          <span>{m(lang, 'fieldStage')}</span>
          <select value={stage} onChange={(e) => setStage(e.currentTarget.value as Stage | '')}>
            <StageOptions lang={lang} none={m(lang, 'stage_none')} />
          </select>
        </label>
        <label>
          <span>{m(lang, 'fieldTags')}</span>
          <input value={tags} maxLength={200} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
      </div>
      <fieldset class="scope">
        <legend>{m(lang, 'fieldLibrary')}</legend>
        {(['shop', 'agent'] as const).map((s) => (
          <label key={s} class="check">
            <input type="radio" name={`scope-${idBase}`} value={s} checked={scope === s} onChange={() => setScope(s)} />
            <span>{m(lang, `scope_${s}`)}</span>
          </label>
        ))}
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {m(lang, 'save')}
        </button>
        <button type="button" onClick={onDone}>
          {m(lang, 'cancel')}
        </button>
        {phrase && (
          <button type="button" class="danger push-right" onClick={() => onDelete(phrase)}>
            {m(lang, 'delete')}
          </button>
        )}
      </div>
    </form>
  );
}
