import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import { lintPhrase } from '../../core/phrases/lint';
import { countCodePoints } from '../../core/phrases/auto-reply';
import type { GroupRecord, LibraryScope, PhraseDraft, PhraseRecord, PhraseStage } from '../../core/phrases';
import { normalizeExamples, normalizeTags, PHRASE_EXAMPLE_MAX, PHRASE_EXAMPLES_MAX } from '../../core/phrases/limits';
import type { ProtocolClient } from '../../core/client';
import { GroupOptions } from '../ui/GroupOptions';
import { StageOptions } from '../ui/StageOptions';
import { fm } from './form-messages';
import { LintList } from './LintList';
import { describeError } from './outcome-text';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  groups: readonly GroupRecord[];
  /** The phrase being edited, or null for a new one. */
  phrase: PhraseRecord | null;
  defaultGroupId: string | null;
  /** The stored version of a phrase now (null when it is gone): what "Load latest" shows. */
  loadLatest(id: string): Promise<PhraseRecord | null>;
  /** Called once the background accepted the draft. */
  onSaved(title: string): void | Promise<void>;
  onCancel(): void;
  /** The sidebar's narrow layout: no visible heading, no auto-reply switch. */
  compact?: boolean;
  /** A line under the heading (the manager shows the phrase's usage). */
  note?: string;
  /** Offers a delete button when editing (the manager). */
  onDelete?(phrase: PhraseRecord): void;
  /** A new phrase's title and buyer questions filled in beforehand (a recurring question's group). */
  prefill?: { title: string; examples: readonly string[] };
}

/** The fields as the person types them. */
interface Fields {
  title: string;
  text: string;
  code: string;
  groupId: string;
  stage: PhraseStage | '';
  tags: string;
  scope: LibraryScope;
  /** Buyer questions, one per line. */
  examples: string;
  publicReply: boolean;
}

const fieldsOf = (phrase: PhraseRecord | null, defaultGroupId: string | null): Fields => ({
  title: phrase?.title ?? '',
  text: phrase?.text ?? '',
  code: phrase?.code ?? '',
  groupId: phrase ? (phrase.groupId ?? '') : (defaultGroupId ?? ''),
  stage: phrase?.stage ?? '',
  tags: (phrase?.tags ?? []).join('，'),
  scope: phrase?.scope === 'agent' ? 'agent' : 'shop',
  examples: (phrase?.examples ?? []).join('\n'),
  publicReply: phrase?.publicReply === true,
});

/** Buyer questions as typed: one a line. */
const parseExamples = (input: string) => normalizeExamples(input.split('\n'));

/** Tags as typed: split on Chinese or Latin commas and spaces. */
const parseTags = (input: string) => normalizeTags(input.split(/[,，、;；\s]+/));

/** What the form says under its fields: a refused save (a conflict offers its two ways out) or a note. */
type Message = { text: string; kind: 'conflict' | 'error' | 'note' };

/**
 * Add or edit one phrase: the one form of the sidebar and the manager. The wording check runs on
 * each keystroke. A save states the version the edit started from; when another tab saved the
 * phrase since, the background refuses, and the draft stays here with the choice to load the
 * latest version or to save this draft over it.
 */
export function PhraseForm(props: Props) {
  const { lang, client, groups, phrase, compact = false, onCancel, onDelete } = props;
  const [fields, setFields] = useState(() => {
    const empty = fieldsOf(phrase, props.defaultGroupId);
    return props.prefill && !phrase ? { ...empty, title: props.prefill.title, examples: props.prefill.examples.join('\n') } : empty;
  });
  // Which stored phrase this edits, and the `updatedAt` the edit is based on.
  const [target, setTarget] = useState(() => (phrase ? { id: phrase.id, base: phrase.updatedAt } : null));
  const [autoReply, setAutoReply] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const issues = useMemo(() => lintPhrase(fields.text, { autoReply, lang }), [fields.text, autoReply, lang]);
  const idBase = phrase?.id ?? 'new';
  const form = useRef<HTMLFormElement>(null);
  // On a narrow window the editor sits above a long list: bring it into view when it opens.
  useEffect(() => form.current?.scrollIntoView?.({ block: 'nearest' }), []);

  const set = <K extends keyof Fields>(key: K) => (value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));

  async function save(base = target?.base) {
    const title = fields.title.trim();
    const text = fields.text.trim();
    if (!title) return setMessage({ text: fm(lang, 'required', { field: fm(lang, 'fieldTitle') }), kind: 'error' });
    if (!text) return setMessage({ text: fm(lang, 'required', { field: fm(lang, 'fieldText') }), kind: 'error' });
    const examples = parseExamples(fields.examples);
    if (examples.length > PHRASE_EXAMPLES_MAX) return setMessage({ text: fm(lang, 'tooManyExamples', { count: examples.length }), kind: 'error' });
    const long = examples.findIndex((q) => q.length > PHRASE_EXAMPLE_MAX);
    if (long >= 0) return setMessage({ text: fm(lang, 'exampleTooLong', { line: long + 1 }), kind: 'error' });
    const draft: PhraseDraft = {
      ...(target ? { id: target.id } : {}),
      title,
      text,
      ...(fields.code.trim() ? { code: fields.code.trim() } : {}),
      groupId: fields.groupId || null,
      stage: fields.stage || null,
      tags: parseTags(fields.tags),
      scope: fields.scope,
      examples,
      publicReply: fields.publicReply,
    };
    setBusy(true);
    const reply = await client.request({ kind: 'savePhrase', phrase: draft, ...(target && base !== undefined ? { baseUpdatedAt: base } : {}) });
    setBusy(false);
    if (!reply.ok) return setMessage({ text: describeError(reply.error), kind: reply.error.code === 'conflict' ? 'conflict' : 'error' });
    setMessage(null);
    await props.onSaved(title);
  }

  /** After a conflict: the stored version now, or null when it was deleted (then the draft saves as new). */
  async function latest(): Promise<PhraseRecord | null> {
    if (!target) return null;
    setBusy(true);
    const stored = await props.loadLatest(target.id);
    setBusy(false);
    if (!stored) {
      setTarget(null);
      setMessage({ text: fm(lang, 'phraseGone'), kind: 'note' });
    }
    return stored;
  }

  async function loadLatest() {
    const stored = await latest();
    if (!stored) return;
    setFields(fieldsOf(stored, null));
    setTarget({ id: stored.id, base: stored.updatedAt });
    setMessage({ text: fm(lang, 'latestLoaded'), kind: 'note' });
  }

  async function saveMine() {
    const stored = await latest();
    if (!stored) return;
    // Deliberately over the version just read: a newer save elsewhere still conflicts.
    setTarget({ id: stored.id, base: stored.updatedAt });
    await save(stored.updatedAt);
  }

  const heading = fm(lang, phrase ? 'formEdit' : 'formNew');
  return (
    <form
      ref={form}
      class={`phrase-form${compact ? ' compact' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      {...(compact ? { 'aria-label': heading } : { 'aria-labelledby': `editor-heading-${idBase}` })}
    >
      {!compact && <h2 id={`editor-heading-${idBase}`}>{heading}</h2>}
      {props.note && <p class="usage-line">{props.note}</p>}
      <label>
        <span>{fm(lang, 'fieldTitle')}</span>
        <input value={fields.title} maxLength={60} required onInput={(e) => set('title')(e.currentTarget.value)} />
      </label>
      <label>
        <span>
          {fm(lang, 'fieldText')} <small class="muted">{fm(lang, 'charCount', { count: countCodePoints(fields.text) })}</small>
        </span>
        <textarea
          value={fields.text}
          rows={compact ? 5 : 6}
          maxLength={2000}
          required
          aria-describedby={`lint-${idBase}`}
          onInput={(e) => set('text')(e.currentTarget.value)}
        />
      </label>
      {!compact && (
        <label class="check">
          <input type="checkbox" checked={autoReply} onChange={(e) => setAutoReply(e.currentTarget.checked)} />
          <span>{fm(lang, 'autoReplyMode')}</span>
        </label>
      )}
      <LintList lang={lang} issues={issues} id={`lint-${idBase}`} />
      <div class="form-row">
        <label>
          <span>{fm(lang, 'fieldCode')}</span>
          <input value={fields.code} maxLength={20} onInput={(e) => set('code')(e.currentTarget.value)} />
        </label>
        <label>
          <span>{fm(lang, 'fieldGroup')}</span>
          <select value={fields.groupId} onChange={(e) => set('groupId')(e.currentTarget.value)}>
            <GroupOptions groups={groups} ungrouped={fm(lang, 'ungrouped')} />
          </select>
        </label>
      </div>
      <div class="form-row">
        <label>
          <span>{fm(lang, 'fieldStage')}</span>
          <select value={fields.stage} onChange={(e) => set('stage')(e.currentTarget.value as PhraseStage | '')}>
            <StageOptions lang={lang} none={fm(lang, 'stageNone')} />
          </select>
        </label>
        <label>
          <span>{fm(lang, 'fieldTags')}</span>
          <input value={fields.tags} maxLength={200} onInput={(e) => set('tags')(e.currentTarget.value)} />
        </label>
      </div>
      <label>
        <span>{fm(lang, 'fieldExamples')}</span>
        <textarea value={fields.examples} rows={3} aria-describedby={`examples-hint-${idBase}`} onInput={(e) => set('examples')(e.currentTarget.value)} />
        <small id={`examples-hint-${idBase}`} class="muted">
          {fm(lang, 'examplesHint')}
        </small>
      </label>
      <label class="check">
        <input type="checkbox" checked={fields.publicReply} onChange={(e) => set('publicReply')(e.currentTarget.checked)} />
        <span>{fm(lang, 'publicReply')}</span>
      </label>
      <fieldset class="scope">
        <legend>{fm(lang, 'fieldLibrary')}</legend>
        {(['shop', 'agent'] as const).map((scope) => (
          <label key={scope} class="check">
            <input type="radio" name={`scope-${idBase}`} value={scope} checked={fields.scope === scope} onChange={() => set('scope')(scope)} />
            <span>{fm(lang, `scope_${scope}`)}</span>
          </label>
        ))}
      </fieldset>
      {message && (
        <div class={`form-message ${message.kind}`} role={message.kind === 'note' ? 'status' : 'alert'}>
          <p>{message.text}</p>
          {message.kind === 'conflict' && (
            <div class="form-actions">
              <button type="button" disabled={busy} onClick={() => void loadLatest()}>
                {fm(lang, 'loadLatest')}
              </button>
              <button type="button" disabled={busy} onClick={() => void saveMine()}>
                {fm(lang, 'saveMine')}
              </button>
            </div>
          )}
        </div>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {fm(lang, 'save')}
        </button>
        <button type="button" onClick={onCancel}>
          {fm(lang, 'cancel')}
        </button>
        {phrase && onDelete && (
          <button type="button" class="danger push-right" onClick={() => onDelete(phrase)}>
            {fm(lang, 'delete')}
          </button>
        )}
      </div>
    </form>
  );
}
