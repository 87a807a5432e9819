/** A value of a record field as the owner reads it: text, never markup, bounded. */
export const FIELD_TEXT_MAX = 2_000;

export function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join('、') : JSON.stringify(value);
  return text.length > FIELD_TEXT_MAX ? `${text.slice(0, FIELD_TEXT_MAX)}…` : text;
}
