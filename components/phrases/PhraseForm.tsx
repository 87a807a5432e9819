import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { GroupRecord, PhraseDraft, PhraseRecord } from '../../core/phrases/model';
import { t } from '../ui/i18n';

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
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    const saved = await onSave({
      ...(phrase ? { id: phrase.id } : {}),
      title,
      text,
      code: code.trim() || undefined,
      groupId: groupId || null,
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
        <textarea value={text} rows={5} maxLength={2000} required onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="form-row">
        <label>
          <span>{t(lang, 'fieldCode')}</span>
          <input value={code} maxLength={20} onInput={(e) => setCode(e.currentTarget.value)} />
        </label>
        <label>
          <span>{t(lang, 'fieldGroup')}</span>
          <select value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)}>
            <option value="">{t(lang, 'ungrouped')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t(lang, 'save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
