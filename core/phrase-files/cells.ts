import { stageFromName, type PhraseStage } from '../phrases';

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Undoes the escaping quick-phrase tools apply to keep a phrase on one CSV line: `&#13;` and
 * `&#10;` are line breaks, `&#44;` a comma, plus HTML entities left over from web exports.
 * One pass, so `&amp;#44;` becomes the literal `&#44;`, not a comma.
 */
export function unescapeCell(value: string): string {
  return value
    .replace(/&#13;&#10;/g, '\n')
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,4}));/gi, (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
      if (code === 13 || code === 10) return '\n';
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    });
}

/**
 * A spreadsheet runs a CSV cell that starts with `=`, `+`, `-` or `@` as a formula (CSV injection):
 * our CSV export writes such cells behind an apostrophe, which the import takes off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that starts with an apostrophe is guarded too, so the import's one-apostrophe removal gives it back whole. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** True for a cell our CSV export guarded: an apostrophe before a formula start or before another apostrophe. */
function isGuarded(text: string): boolean {
  return text.startsWith("'") && (FORMULA_START.test(text.slice(1)) || text.charAt(1) === "'");
}

/**
 * A cell of a table we exported ourselves (its header is ours, column for column): only our CSV
 * formula guard comes off (`csv`), nothing else is touched — no entity decoding, no trimming, no
 * line-end change — so our files round-trip byte-exact. A sheet's cells are typed text: no guard.
 */
export function ownCell(value: unknown, source: 'csv' | 'sheet'): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  return source === 'csv' && isGuarded(text) ? text.slice(1) : text;
}

/** A cell as we keep it: entities undone, `\r\n` and lone `\r` as `\n`, trimmed, export's formula guard removed. */
export function cleanCell(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  // Most cells hold no entity and no carriage return: skip the work (100,000-row tables).
  const unescaped = text.includes('&') ? unescapeCell(text) : text;
  const cleaned = (unescaped.includes('\r') ? unescaped.replace(/\r\n?/g, '\n') : unescaped).trim();
  return isGuarded(cleaned) ? cleaned.slice(1) : cleaned;
}

/** The name some tools write for "no group". */
export const UNGROUPED = '未分组';

/** `售前/活动`, `售前 > 活动`, `售前＞活动` → ['售前', '活动']; empty or `未分组` → []. */
export function splitGroupPath(value: string): string[] {
  const parts = value
    .split(/[/>＞]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length === 1 && parts[0] === UNGROUPED ? [] : parts;
}

/** How a group path is written in a file: names joined by `/` (a `/` inside a name becomes `／`). */
export function joinGroupPath(names: readonly string[]): string {
  return names.map((name) => name.replace(/\//g, '／')).join('/');
}

const STAGE_SYNONYMS: Readonly<Record<string, PhraseStage>> = {
  结束对话: 'closing',
  售前咨询: 'presale',
  售后服务: 'aftersale',
};

/** `售前` / `Presale` / `pre-sale` → `presale`; an unknown stage is returned as written (the background reports it). */
export function normalizeStage(value: string): string {
  const key = value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return stageFromName(key) ?? STAGE_SYNONYMS[key] ?? value;
}

/** Buyer questions, one per line (or separated by `|`): commas belong to the questions. */
export function splitExamples(value: string): string[] {
  return [...new Set(value.split(/[|｜\n]/).map((e) => e.trim()).filter((e) => e !== ''))];
}

/** 是 / 否 and their usual spellings; empty = no; anything else `undefined` (reported). */
export function yesNo(value: string): boolean | undefined {
  const key = value.normalize('NFKC').trim().toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '√', '✓'].includes(key)) return true;
  if (['', '否', 'n', 'no', 'false', '0', '×'].includes(key)) return false;
  return undefined;
}

/** Tags separated by `,` `，` `;` `；` `、` `|`, trimmed, empty and repeated ones dropped. */
export function splitTags(value: string): string[] {
  return [...new Set(value.split(/[,，;；、|｜\n]/).map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}
