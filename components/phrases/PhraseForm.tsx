import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { GroupRecord, PhraseDraft, PhraseRecord, PhraseStage } from '../../core/phrases';
import { lintPhrase } from '../../core/phrases/lint';
import { FormActions } from '../ui/FormActions';
import { t } from '../ui/i18n';
import { buildGroupTree, flattenTree } from '../ui/group-tree';
import { GroupOptions } from '../ui/GroupOptions';
import { StageOptions } from '../ui/StageOptions';

interface Props {
  lang: Lang;
  groups: readonly GroupRecord[];
  /** The phrase being edited, or null for a new one. */
  phrase: PhraseRecord | null;
  defaultGroupId: string | null;
  onSave(draft: PhraseDraft): Promise<boolean>;
  onCancel(): void;
}

/** Add or edit one phrase. Nothing is written until the background accepts the whole draft. */
export function PhraseForm({ lang, groups, phrase, defaultGroupId, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(phrase?.title ?? '');
  const [text, setText] = useState(phrase?.text ?? '');
  const [code, setCode] = useState(phrase?.code ?? '');
  const [groupId, setGroupId] = useState<string>(phrase?.groupId ?? defaultGroupId ?? '');
  const [stage, setStage] = useState<PhraseStage | ''>(phrase?.stage ?? '');
  const [personal, setPersonal] = useState(phrase?.scope === 'agent');
  const [busy, setBusy] = useState(false);
  // Lint while typing: the agent sees a banned word before the buyer (or the platform) does.
  const issues = lintPhrase(text, { lang });

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    const saved = await onSave({
      ...(phrase ? { id: phrase.id } : {}),
      title,
      text,
      code: code.trim() || undefined,
      groupId: groupId || null,
      stage: stage || null,
      scope: personal ? 'agent' : 'shop',
    });
    setBusy(false);
    if (saved) onCancel();
  }

  return (
    <form class="phrase-form" onSubmit={submit} aria-label={t(lang, phrase ? 'editPhrase' : 'newPhrase')}>
      <label>
        <span>{t(lang, 'fieldTitle')}</span>
        <input value={title} maxLength={60} required onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        <span>{t(lang, 'fieldText')}</span>
        <textarea
          value={text}
          rows={5}
          maxLength={2000}
          required
          aria-describedby={issues.length ? 'kefu-lint' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      {issues.length > 0 && (
        <ul id="kefu-lint" class="lint" aria-label={t(lang, 'lintHeading')}>
          {issues.map((issue, i) => (
            <li key={i}>{issue.message}</li>
          ))}
        </ul>
      )}
      <div class="form-row">
        <label>
          <span>{t(lang, 'fieldCode')}</span>
          <input value={code} maxLength={20} onInput={(e) => setCode(e.currentTarget.value)} />
        </label>
        <label>
          <span>{t(lang, 'fieldGroup')}</span>
          <select value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)}>
            <GroupOptions flat={flattenTree(buildGroupTree(groups))} ungrouped={t(lang, 'ungrouped')} />
          </select>
        </label>
        <label>
          <span>{t(lang, 'fieldStage')}</span>
          <select value={stage} onChange={(e) => setStage(e.currentTarget.value as PhraseStage | '')}>
            <StageOptions lang={lang} none={t(lang, 'stageNone')} />
          </select>
        </label>
      </div>
      <label class="check">
        <input type="checkbox" checked={personal} onChange={(e) => setPersonal(e.currentTarget.checked)} />
        <span>{t(lang, 'personalPhrase')}</span>
      </label>
      <FormActions submit={t(lang, 'save')} cancel={t(lang, 'cancel')} disabled={busy} onCancel={onCancel} />
    </form>
  );
}
