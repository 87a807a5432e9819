import { normalizeStage, splitGroupPath, splitTags } from './cells';
import type { FileMessages } from './messages';
import type { FileProblem, ImportRow } from './types';

/** `format` of a phrase library file we write (`phrasesToLibraryJson`) and read. */
export const LIBRARY_FORMAT = 'kefu-sidebar-library';
/** `format` of the full backup: read by the data pack, not here. */
const BACKUP_FORMAT = 'kefu-sidebar-backup';

export interface LibraryPackGroup {
  id: string;
  name: string;
  parentId?: string | null;
  order?: number;
}

export interface LibraryPackPhrase {
  title?: string;
  text?: string;
  code?: string;
  groupId?: string | null;
  stage?: string;
  tags?: string[];
  examples?: string[];
  publicReply?: boolean;
  order?: number;
}

/** Our phrase library file: groups (nested through `parentId`) and phrases pointing at them. */
export interface LibraryPack {
  format: typeof LIBRARY_FORMAT;
  version: 1;
  groups: LibraryPackGroup[];
  phrases: LibraryPackPhrase[];
}

export interface JsonResult {
  rows: ImportRow[];
  problems: FileProblem[];
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads our library pack or a plain list `[{ code, text, group, title }]`. Row numbers are the
 * items' 1-based places in the list (`phrases` for the pack).
 */
export function readJson(text: string, msg: FileMessages): JsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(msg.badJson(error instanceof Error ? error.message.slice(0, 120) : String(error)));
  }
  if (Array.isArray(data)) return readItems(data, msg, (item) => groupPathOf(item.group ?? item.groupPath ?? item.category));
  if (isObject(data) && data.format === BACKUP_FORMAT) return fail(msg.backupFile());
  if (isObject(data) && data.format === LIBRARY_FORMAT && Array.isArray(data.phrases)) {
    // A newer writer's file may mean its fields differently: refuse rather than guess.
    if (data.version !== undefined && data.version !== 1) return { rows: [], problems: [{ field: 'version', message: msg.unknownVersion(String(data.version)) }] };
    const groups = Array.isArray(data.groups) ? data.groups.filter(isObject) : [];
    const paths = resolveGroupPaths(groups);
    const problems: FileProblem[] = [
      ...paths.duplicates.map((id) => ({ field: 'id', message: msg.duplicateGroupId(id) })),
      ...paths.cycles.map((id) => ({ field: 'parentId', message: msg.groupCycle(id) })),
    ];
    if (problems.length > 0) return { rows: [], problems };
    return readItems(data.phrases, msg, (item, itemNumber, itemProblems) => {
      const id = item.groupId;
      if (id === undefined || id === null || id === '') return [];
      const path = typeof id === 'string' ? paths.byId.get(id) : undefined;
      if (path === undefined) itemProblems.push({ row: itemNumber, field: 'groupId', message: msg.unknownGroup(itemNumber, String(id)) });
      return path ?? [];
    });
  }
  return fail(msg.unknownJson());
}

function fail(message: string): JsonResult {
  return { rows: [], problems: [{ message }] };
}

function readItems(
  items: readonly unknown[],
  msg: FileMessages,
  groupOf: (item: Obj, itemNumber: number, problems: FileProblem[]) => string[] | undefined,
): JsonResult {
  const rows: ImportRow[] = [];
  const problems: FileProblem[] = [];
  items.forEach((item, i) => {
    const itemNumber = i + 1;
    if (!isObject(item)) {
      problems.push({ row: itemNumber, message: msg.notAnObject(itemNumber) });
      return;
    }
    const field = (...names: string[]): string | undefined => {
      const name = names.find((n) => item[n] !== undefined && item[n] !== null);
      if (name === undefined) return undefined;
      const value = item[name];
      if (typeof value !== 'string' && typeof value !== 'number') {
        problems.push({ row: itemNumber, field: name, message: msg.notTextValue(itemNumber, name) });
        return undefined;
      }
      // Our own format: the value is what the file says (no entity decoding or apostrophe
      // stripping, which are for third-party tables), so a pack round-trips byte-exact.
      return jsonText(value) || undefined;
    };
    const row: ImportRow = { rowNumber: itemNumber };
    const title = field('title', 'name');
    const text = field('text', 'content');
    const code = field('code', 'shortcut');
    const stage = field('stage');
    const groupPath = groupOf(item, itemNumber, problems);
    const tags = tagsOf(item.tags);
    const examples = examplesOf(item.examples, itemNumber, problems, msg);
    const publicReply = item.publicReply;
    if (publicReply !== undefined && publicReply !== null && typeof publicReply !== 'boolean') {
      problems.push({ row: itemNumber, field: 'publicReply', message: msg.notYesNo(itemNumber, 'publicReply') });
    }
    if (title) row.title = title;
    if (text) row.text = text;
    if (code) row.code = code;
    if (groupPath !== undefined) row.groupPath = groupPath;
    if (stage) row.stage = normalizeStage(stage);
    if (tags) row.tags = tags;
    if (examples) row.examples = examples;
    if (typeof publicReply === 'boolean') row.publicReply = publicReply;
    rows.push(row);
  });
  return { rows, problems };
}

/** A list of texts; anything else is reported (the examples feed suggestions, so guessing is worse than saying). */
function examplesOf(value: unknown, itemNumber: number, problems: FileProblem[], msg: FileMessages): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    problems.push({ row: itemNumber, field: 'examples', message: msg.notTextList(itemNumber, 'examples') });
    return undefined;
  }
  return (value as string[]).map((v) => jsonText(v).trim()).filter((v) => v !== '');
}

function groupPathOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return splitGroupPath(value);
  if (Array.isArray(value)) return splitGroupPath(value.map((v) => jsonText(v)).join('/'));
  return undefined;
}

function tagsOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return splitTags(value);
  if (Array.isArray(value)) return [...new Set(value.map((v) => jsonText(v).trim()).filter((v) => v !== ''))];
  return undefined;
}

/** Group id → names from the root down; ids whose parents loop are reported, not followed forever. */
function resolveGroupPaths(groups: readonly Obj[]): { byId: Map<string, string[]>; cycles: string[]; duplicates: string[] } {
  const byId = new Map<string, Obj>();
  const duplicates: string[] = [];
  for (const group of groups) {
    if (typeof group.id !== 'string') continue;
    // Two groups under one id: which one a phrase meant cannot be known.
    if (byId.has(group.id)) duplicates.push(group.id);
    else byId.set(group.id, group);
  }
  const paths = new Map<string, string[]>();
  const cycles: string[] = [];
  for (const id of byId.keys()) {
    const names: string[] = [];
    const seen = new Set<string>();
    let current: string | undefined = id;
    while (current !== undefined && byId.has(current)) {
      if (seen.has(current)) {
        cycles.push(id);
        break;
      }
      seen.add(current);
      const group: Obj = byId.get(current)!;
      names.unshift(jsonText(group.name).trim());
      current = typeof group.parentId === 'string' ? group.parentId : undefined;
    }
    paths.set(id, names.filter((name) => name !== ''));
  }
  return { byId: paths, cycles, duplicates };
}

/**
 * A value of our own format as text: what the file says, without the entity decoding and
 * apostrophe stripping third-party tables need (`AT&amp;T` stays `AT&amp;T`).
 */
function jsonText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
