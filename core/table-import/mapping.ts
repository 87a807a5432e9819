import { normalizeHeader } from '../phrase-files/columns';
import { HEADER_SYNONYMS, REQUIRED_FIELDS, TABLE_FIELDS, type FieldOf, type TableKind } from './fields';

/**
 * The owner's column choice for a table whose headers we do not recognise: header text per field,
 * as the file writes it; '' = "this table has no such column" (no synonym is tried for it). A plain
 * object, kept through the `relations` area (`saveTableMapping`) and applied before the synonyms.
 */
export type ColumnMapping = Partial<Record<string, string>>;

export interface ResolvedColumns<K extends TableKind = TableKind> {
  /** Column index per field found. */
  index: Partial<Record<FieldOf<K>, number>>;
  /** Header text per field found: the mapping to show in the preview and to keep. */
  mapping: Partial<Record<FieldOf<K>, string>>;
  /** Required fields without a column. */
  missing: FieldOf<K>[];
  /** Non-empty headers no field took. */
  ignored: string[];
}

type Lookup = Map<string, { field: string; rank: number }>;
const lookups = new Map<string, Lookup>();

/** Normalised header → field and rank, for one table and one pass (`primary` / `secondary`). */
function lookup(table: TableKind, pass: 'primary' | 'secondary'): Lookup {
  const key = `${table}:${pass}`;
  let map = lookups.get(key);
  if (!map) {
    map = new Map();
    for (const [field, names] of Object.entries(HEADER_SYNONYMS[table]) as Array<[string, { primary: readonly string[]; secondary?: readonly string[] }]>) {
      (names[pass] ?? []).forEach((name, rank) => {
        const k = normalizeHeader(name);
        if (!map!.has(k)) map!.set(k, { field, rank });
      });
    }
    lookups.set(key, map);
  }
  return map;
}

/**
 * Finds each field's column: the saved mapping first, then the primary header names (the best-ranked
 * column wins a field, the leftmost on a tie), then the secondary names for the columns left over.
 */
export function resolveColumns<K extends TableKind>(table: K, headers: readonly string[], saved: ColumnMapping = {}): ResolvedColumns<K> {
  const fields = TABLE_FIELDS[table] as readonly FieldOf<K>[];
  const keys = headers.map((h) => normalizeHeader(String(h ?? '')));
  const index: Partial<Record<FieldOf<K>, number>> = {};
  const taken = new Set<number>();
  const settled = new Set<string>();

  for (const field of fields) {
    const wanted = saved[field];
    if (wanted === undefined) continue;
    settled.add(field); // '' too: the owner said there is no such column
    if (wanted === '') continue;
    const at = keys.findIndex((k, i) => !taken.has(i) && k !== '' && k === normalizeHeader(wanted));
    if (at >= 0) {
      index[field] = at;
      taken.add(at);
    } else {
      settled.delete(field); // the saved column is not in this table: let the names try
    }
  }
  for (const pass of ['primary', 'secondary'] as const) {
    const names = lookup(table, pass);
    const best = new Map<string, { at: number; rank: number }>();
    keys.forEach((k, at) => {
      if (taken.has(at)) return;
      const hit = names.get(k);
      if (!hit || settled.has(hit.field) || index[hit.field as FieldOf<K>] !== undefined) return;
      const held = best.get(hit.field);
      if (!held || hit.rank < held.rank) best.set(hit.field, { at, rank: hit.rank });
    });
    for (const [field, { at }] of best) {
      index[field as FieldOf<K>] = at;
      taken.add(at);
    }
  }

  const mapping: Partial<Record<FieldOf<K>, string>> = {};
  for (const field of fields) {
    const at = index[field];
    if (at !== undefined) mapping[field] = String(headers[at] ?? '').trim();
  }
  const has = (field: string) => index[field as FieldOf<K>] !== undefined;
  const missing = (REQUIRED_FIELDS[table] as readonly FieldOf<K>[]).filter((field) => {
    // A staff table may name its accounts in a name column only: that column gives the id too.
    if (table === 'staff' && field === 'id') return !has('id') && !has('name');
    return !has(field);
  });
  const ignored = headers.map((h) => String(h ?? '').trim()).filter((h, i) => h !== '' && !taken.has(i));
  return { index, mapping, missing, ignored };
}
