import type { ComponentChildren } from 'preact';

/** A stable element id for a field key (`agents[0].online[1][0]`, keys may hold Chinese state names). */
export const fieldId = (key: string) => `rt-${key.replace(/[^a-zA-Z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

/** The errors beside one field, referenced by its input's aria-describedby. */
export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <span class="rt-error" id={`${id}-err`}>
      {errors.join('; ')}
    </span>
  );
}

interface InputProps {
  /** The field's key, as parseScenario names it. */
  field: string;
  label: string;
  value: string;
  errors: Map<string, string[]>;
  onInput: (value: string) => void;
  numeric?: boolean;
  size?: 'xs' | 's' | 'm' | 'l';
  /** Errors of a wider key (the interval holding this bound, the shares' sum) also mark this input invalid. */
  alsoKey?: string;
  list?: string;
}

/** A text input with its errors beside it: aria-invalid and aria-describedby point at them. */
export function Input({ field, label, value, errors, onInput, numeric = false, size = 'm', alsoKey, list }: InputProps) {
  const id = fieldId(field);
  const own = errors.get(field);
  const wider = alsoKey ? errors.get(alsoKey) : undefined;
  const describedBy = [own ? `${id}-err` : '', wider ? `${fieldId(alsoKey!)}-err` : ''].filter(Boolean).join(' ');
  return (
    <span class={`rt-field rt-${size}`}>
      <input
        id={id}
        type="text"
        {...(numeric ? { inputMode: 'decimal' } : {})}
        {...(list ? { list } : {})}
        aria-label={label}
        aria-invalid={own || wider ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      <FieldErrors id={id} errors={own} />
    </span>
  );
}

export function Section({ title, children, hint }: { title: string; hint?: string; children: ComponentChildren }) {
  return (
    <section class="rt-section">
      <h3>{title}</h3>
      {hint && <p class="hint">{hint}</p>}
      {children}
    </section>
  );
}
