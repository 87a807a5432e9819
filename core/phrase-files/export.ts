import Papa from 'papaparse';
import { stageFromName, stageName } from '../phrases';
import { UNGROUPED, joinGroupPath, neutralizeFormula } from './cells';
import { EXPORT_HEADER_NAMES } from './columns';
import { LIBRARY_FORMAT, type LibraryPack } from './json-pack';

/** What export needs of a phrase; `PhraseRecord` fits (checked in export.test.ts). */
export interface PhraseForFile {
  id: string;
  title: string;
  text: string;
  code?: string;
  groupId: string | null;
  stage?: string | null;
  tags?: readonly string[];
  examples?: readonly string[];
  publicReply?: boolean;
  order: number;
}

/** What export needs of a group; `GroupRecord` fits. */
export interface GroupForFile {
  id: string;
  name: string;
  parentId?: string | null;
  order: number;
}

/** Our header: Qianniu's three columns first, so that other tools read the file, then ours. */
export const EXPORT_HEADER = [...EXPORT_HEADER_NAMES];
const QIANNIU_HEADER = EXPORT_HEADER.slice(0, 3);
export const EXPORT_SHEET_NAME = '话术库';
const BOM = '\uFEFF';

interface ExportLine {
  phrase: PhraseForFile;
  path: string[];
}

/**
 * Phrases in library order: ungrouped first, then group by group depth-first (siblings by
 * `order`), each group's phrases by `order`. A phrase whose group is unknown counts as ungrouped.
 */
function orderForExport(phrases: readonly PhraseForFile[], groups: readonly GroupForFile[]): ExportLine[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const children = new Map<string | null, GroupForFile[]>();
  for (const group of groups) {
    const parent = group.parentId && byId.has(group.parentId) && group.parentId !== group.id ? group.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const phrasesOf = new Map<string | null, PhraseForFile[]>();
  for (const phrase of phrases) {
    const key = phrase.groupId !== null && byId.has(phrase.groupId) ? phrase.groupId : null;
    phrasesOf.set(key, [...(phrasesOf.get(key) ?? []), phrase]);
  }
  const lines: ExportLine[] = (phrasesOf.get(null) ?? []).sort(byOrder).map((phrase) => ({ phrase, path: [] }));
  const visited = new Set<string>();
  const visit = (group: GroupForFile, path: string[]) => {
    if (visited.has(group.id)) return; // a parentId loop: each group once
    visited.add(group.id);
    const here = [...path, group.name];
    for (const phrase of (phrasesOf.get(group.id) ?? []).sort(byOrder)) lines.push({ phrase, path: here });
    for (const child of (children.get(group.id) ?? []).sort(byOrder)) visit(child, here);
  };
  for (const root of (children.get(null) ?? []).sort(byOrder)) visit(root, []);
  // Groups caught in a parentId loop have no root; their phrases still go out, at the top level.
  for (const group of [...groups].sort(byOrder)) visit(group, []);
  return lines;
}

/** Files carry the Chinese stage name (售前), as sellers' own sheets do; an unknown stage as stored. */
function stageLabel(stage: string | null | undefined): string {
  const known = stage ? stageFromName(stage) : undefined;
  return known ? stageName(known, 'zh') : (stage ?? '');
}

function exportRows(phrases: readonly PhraseForFile[], groups: readonly GroupForFile[]): string[][] {
  return orderForExport(phrases, groups).map(({ phrase, path }) => [
    phrase.code ?? '',
    phrase.text,
    joinGroupPath(path),
    phrase.title,
    stageLabel(phrase.stage),
    (phrase.tags ?? []).join(','),
    (phrase.examples ?? []).join('\n'),
    phrase.publicReply ? '是' : '',
  ]);
}

function toCsv(rows: readonly (readonly string[])[]): string {
  const safe = rows.map((row) => row.map(neutralizeFormula));
  return BOM + Papa.unparse(safe, { newline: '\r\n', quotes: false }) + '\r\n';
}

/**
 * Our CSV: UTF-8 with a BOM (Excel and WPS open it without garbling), header
 * `快捷短语编码,快捷短语,快捷短语分组,标题,阶段,标签,买家问法,公开回复`; line breaks stay real,
 * inside quotes (buyer questions one per line, 公开回复 `是` or empty);
 * nested groups as `售前/活动`, stage by its Chinese name, tags joined by commas.
 */
export function phrasesToCsv(phrases: readonly PhraseForFile[], groups: readonly GroupForFile[]): string {
  return toCsv([EXPORT_HEADER, ...exportRows(phrases, groups)]);
}

/**
 * The three Qianniu columns only, escaped the way quick-phrase tools expect: a line break as
 * `&#13;`, a comma as `&#44;`, no group as `未分组`. UTF-8 with a BOM.
 */
export function phrasesToQianniuCsv(phrases: readonly PhraseForFile[], groups: readonly GroupForFile[]): string {
  const escape = (value: string) => value.replace(/\r\n?|\n/g, '&#13;').replace(/,/g, '&#44;');
  const rows = orderForExport(phrases, groups).map(({ phrase, path }) => [
    escape(phrase.code ?? ''),
    escape(phrase.text),
    escape(path.length > 0 ? joinGroupPath(path) : UNGROUPED),
  ]);
  return toCsv([QIANNIU_HEADER, ...rows]);
}

/** The same columns as `phrasesToCsv` in the sheet `话术库` of an XLSX workbook. */
export async function phrasesToXlsx(phrases: readonly PhraseForFile[], groups: readonly GroupForFile[]): Promise<Uint8Array> {
  // Loaded on the first Excel export only (see parsePhraseFile).
  const { writeWorkbook } = await import('./spreadsheet');
  return writeWorkbook(EXPORT_SHEET_NAME, [EXPORT_HEADER, ...exportRows(phrases, groups)], [14, 60, 20, 20, 8, 20, 30, 8]);
}

/** Our JSON library pack (`format: kefu-sidebar-library`): groups with `parentId`, phrases by `groupId`. */
export function phrasesToLibraryJson(phrases: readonly PhraseForFile[], groups: readonly GroupForFile[]): string {
  const pack: LibraryPack = {
    format: LIBRARY_FORMAT,
    version: 1,
    groups: groups.map(({ id, name, parentId, order }) => ({ id, name, ...(parentId ? { parentId } : {}), order })),
    phrases: orderForExport(phrases, groups).map(({ phrase: p, path }) => ({
      title: p.title,
      text: p.text,
      ...(p.code ? { code: p.code } : {}),
      groupId: path.length > 0 ? p.groupId : null,
      ...(p.stage ? { stage: p.stage } : {}),
      ...(p.tags && p.tags.length > 0 ? { tags: [...p.tags] } : {}),
      ...(p.examples && p.examples.length > 0 ? { examples: [...p.examples] } : {}),
      ...(p.publicReply ? { publicReply: true } : {}),
      order: p.order,
    })),
  };
  return JSON.stringify(pack, null, 2);
}
