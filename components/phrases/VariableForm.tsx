import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { VariableRef } from '../../core/phrases';
import { variableValue } from '../../core/phrases/variables';
import { FormActions } from '../ui/FormActions';
import { t } from '../ui/i18n';

interface Props {
  lang: Lang;
  title: string;
  /** Variables the page and settings could not fill, and fill-in prompts (`{尺码?}`). */
  needed: readonly VariableRef[];
  /** What is known already, shown for context and editable. */
  known: Readonly<Record<string, string>>;
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}

/** Asks for the values a phrase needs before it is inserted: nothing half-filled reaches the chat. */
export function VariableForm({ lang, title, needed, known, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(needed.map((v) => [v.name, variableValue(known, v.name)])),
  );
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const missing = needed.filter((v) => !variableValue(values, v.name).trim());

  return (
    <form
      class="variable-form"
      aria-label={t(lang, 'fillVariables', { title })}
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length === 0) onSubmit(values);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p class="form-title">{t(lang, 'fillVariables', { title })}</p>
      {needed.map((v, i) => (
        <label key={v.name}>
          <span>{v.name}</span>
          <input
            ref={i === 0 ? first : undefined}
            value={variableValue(values, v.name)}
            maxLength={200}
            onInput={(e) => setValues({ ...values, [v.name]: e.currentTarget.value })}
          />
        </label>
      ))}
      {missing.length > 0 && <p class="hint">{t(lang, 'variablesMissing', { names: missing.map((v) => v.name).join('、') })}</p>}
      <FormActions submit={t(lang, 'insertFilled')} cancel={t(lang, 'cancel')} disabled={missing.length > 0} onCancel={onCancel} />
    </form>
  );
}
