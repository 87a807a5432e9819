import type { z } from 'zod';
import { say, type Lang } from '../i18n';
import {
  groupDraftSchema,
  normalizeExamples,
  normalizeTags,
  phraseExtras,
  phraseDraftSchema,
  type GroupRecord,
  type PhraseRecord,
  type PhraseStage,
  SALES_STAGES,
  stageFromName,
} from '../phrases';
import type { ImportRow } from '../phrase-files';
import { asInput, describeProblem, type Change, type StoreView } from '../store';

/** Most rows one import takes (a seller's file of every phrase they ever wrote fits). */
export const IMPORT_ROWS_MAX = 20_000;
/** A title made from the text when the file has none (sellers' files usually have none). */
export const DERIVED_TITLE_LENGTH = 12;

export type ImportStatus = 'new' | 'changed' | 'duplicate' | 'invalid';

export interface ImportProblem {
  /** The row's field: `title`, `text`, `code`, `groupPath`, `stage`, `tags`, `examples` or `publicReply`. */
  field: string;
  /** The whole sentence, naming row and field: `第 5 行，快捷短语：不能为空`. */
  message: string;
}

export interface ImportPreviewRow {
  rowNumber: number;
  status: ImportStatus;
  /** The title the phrase will have (given, or made from the text). */
  title: string;
  problems: ImportProblem[];
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  counts: Record<ImportStatus, number>;
}

/** The row's fields in the seller's words (zh: the column names of the files they keep). */
const FIELD_NAMES: Record<string, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'title' },
  text: { zh: '快捷短语', en: 'text' },
  code: { zh: '快捷编码', en: 'code' },
  groupPath: { zh: '分组', en: 'group' },
  stage: { zh: '阶段', en: 'stage' },
  tags: { zh: '标签', en: 'tags' },
  examples: { zh: '买家问法', en: 'buyer questions' },
  publicReply: { zh: '公开回复', en: 'public reply' },
};

export function rowProblem(lang: Lang, rowNumber: number, field: string, problem: string): ImportProblem {
  const name = FIELD_NAMES[field] ?? { zh: field, en: field };
  return { field, message: say(lang, `第 ${rowNumber} 行，${name.zh}：${problem}`, `Row ${rowNumber}, ${name.en}: ${problem}`) };
}

/** `亲，您好！欢迎光临本店…` → its first 12 characters (code points), whitespace folded. */
export function deriveTitle(text: string): string {
  return [...text.replace(/\s+/g, ' ').trim()].slice(0, DERIVED_TITLE_LENGTH).join('').trim();
}

/** What a valid row will write; `undefined` fields leave a matched phrase's value as it is. */
interface RowContent {
  title: string | undefined;
  text: string;
  code: string | undefined;
  groupPath: string[] | undefined;
  stage: PhraseStage | null | undefined;
  tags: string[] | undefined;
  examples: string[] | undefined;
  publicReply: boolean | undefined;
}

interface PlannedRow {
  preview: ImportPreviewRow;
  content?: RowContent;
  /** The existing phrase it matched. */
  match?: PhraseRecord;
}

/** Checks one row with the same rules as the editor; the problems name the row and the field. */
function checkRow(row: ImportRow, lang: Lang): { content?: RowContent; title: string; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const add = (field: string, problem: string) => problems.push(rowProblem(lang, row.rowNumber, field, problem));
  const addIssues = (issues: readonly z.core.$ZodIssue[], field?: string) => {
    for (const issue of issues) add(field ?? String(issue.path[0] ?? 'text'), describeProblem(issue, lang));
  };

  const text = (row.text ?? '').trim();
  const givenTitle = row.title?.trim() || undefined;
  const title = givenTitle ?? deriveTitle(text);
  const code = row.code?.trim() || undefined;

  let stage: PhraseStage | null | undefined;
  const rawStage = row.stage?.trim();
  if (rawStage) {
    stage = stageFromName(rawStage);
    if (!stage) {
      const allowed = (names: Lang) => SALES_STAGES.map((s) => s[names]).join(' / ');
      add('stage', say(lang, `“${rawStage.slice(0, 20)}”不是已知的阶段（应为 ${allowed('zh')}）`, `"${rawStage.slice(0, 20)}" is not a known stage (expected ${allowed('en')})`));
    }
  }

  let groupPath: string[] | undefined;
  if (row.groupPath) {
    groupPath = row.groupPath.map((name) => name.trim()).filter((name) => name !== '');
    if (groupPath.length === 1 && groupPath[0] === '未分组') groupPath = [];
    for (const name of groupPath) {
      const parsed = groupDraftSchema.shape.name.safeParse(name);
      if (!parsed.success) addIssues(parsed.error.issues, 'groupPath');
    }
  }

  const tags = row.tags ? normalizeTags(row.tags) : undefined;
  const examples = row.examples ? normalizeExamples(row.examples) : undefined;
  const publicReply = row.publicReply;
  const draft = phraseDraftSchema.safeParse({ title: title || undefined, text, code, groupId: null, stage, tags, examples, publicReply });
  if (!draft.success) {
    // A title made from an empty text adds nothing to "text must not be empty".
    const issues = draft.error.issues.filter((issue) => givenTitle !== undefined || issue.path[0] !== 'title' || text !== '');
    addIssues(issues);
  }
  if (problems.length > 0) return { title, problems };
  return { title, problems, content: { title: givenTitle, text, code, groupPath, stage: rawStage ? stage : undefined, tags, examples, publicReply } };
}

/** Finds groups by their path of names (nested), the way the import will create them. */
function createGroupFinder(view: StoreView) {
  const groups = view.list('phraseGroup') as GroupRecord[];
  const byParentAndName = new Map<string, GroupRecord>();
  for (const g of [...groups].sort((a, b) => a.order - b.order)) {
    const key = `${g.parentId ?? ''}\u0000${g.name}`;
    if (!byParentAndName.has(key)) byParentAndName.set(key, g);
  }
  /** The id of the group at `path`, `null` for `[]`, `undefined` when some level does not exist yet. */
  return (path: readonly string[]): string | null | undefined => {
    let parent: string | null = null;
    for (const name of path) {
      const group = byParentAndName.get(`${parent ?? ''}\u0000${name}`);
      if (!group) return undefined;
      parent = group.id;
    }
    return parent;
  };
}

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t) => b.includes(t));
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => b[i] === t);

/**
 * Decides what each row will do against the library as `view` sees it. Matching: by code
 * (case-insensitive) when the row has one, otherwise by identical text, among the shop library.
 */
function planRows(rows: readonly ImportRow[], view: StoreView, lang: Lang): PlannedRow[] {
  const phrases = (view.list('phrase') as PhraseRecord[]).filter((p) => p.scope === 'shop').sort((a, b) => a.order - b.order);
  const byCode = new Map<string, PhraseRecord>();
  const byText = new Map<string, PhraseRecord>();
  for (const p of phrases) {
    if (p.code && !byCode.has(p.code.toLowerCase())) byCode.set(p.code.toLowerCase(), p);
    if (!byText.has(p.text)) byText.set(p.text, p);
  }
  const findGroup = createGroupFinder(view);
  const codeRows = new Map<string, number>();
  const textRows = new Map<string, number>();

  return rows.map((row) => {
    const checked = checkRow(row, lang);
    const preview: ImportPreviewRow = { rowNumber: row.rowNumber, status: 'invalid', title: checked.title, problems: checked.problems };
    const content = checked.content;
    if (!content) return { preview };

    if (content.code) {
      const key = content.code.toLowerCase();
      const earlier = codeRows.get(key);
      if (earlier !== undefined) {
        preview.problems.push(rowProblem(lang, row.rowNumber, 'code', say(lang, `“${content.code}”与第 ${earlier} 行重复`, `"${content.code}" is the same as row ${earlier}`)));
        return { preview };
      }
      codeRows.set(key, row.rowNumber);
    } else {
      const earlier = textRows.get(content.text);
      if (earlier !== undefined) {
        // The same reply twice in one file: the second adds nothing (not an error).
        preview.status = 'duplicate';
        preview.problems.push(rowProblem(lang, row.rowNumber, 'text', say(lang, `与第 ${earlier} 行相同，跳过`, `same as row ${earlier}, skipped`)));
        return { preview };
      }
      textRows.set(content.text, row.rowNumber);
    }

    const match = content.code ? byCode.get(content.code.toLowerCase()) : byText.get(content.text);
    if (!match) {
      preview.status = 'new';
      return { preview, content };
    }
    const groupId = content.groupPath === undefined ? match.groupId : findGroup(content.groupPath);
    const same =
      match.text === content.text &&
      (content.title === undefined || match.title === content.title) &&
      groupId === match.groupId &&
      (content.stage === undefined || match.stage === content.stage) &&
      (content.tags === undefined || sameTags(match.tags, content.tags)) &&
      (content.examples === undefined || sameList(match.examples ?? [], content.examples)) &&
      (content.publicReply === undefined || (match.publicReply === true) === content.publicReply);
    preview.status = same ? 'duplicate' : 'changed';
    if (content.title === undefined) preview.title = match.title;
    return { preview, content, match };
  });
}

function countStatuses(rows: readonly ImportPreviewRow[]): Record<ImportStatus, number> {
  const counts: Record<ImportStatus, number> = { new: 0, changed: 0, duplicate: 0, invalid: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

/** The preview of an import: each row's status and problems. Writes nothing. */
export function previewRows(rows: readonly ImportRow[], view: StoreView, lang: Lang): ImportPreview {
  const previews = planRows(rows, view, lang).map((r) => r.preview);
  return { rows: previews, counts: countStatuses(previews) };
}

/**
 * The changes an import makes: groups created for missing paths (nested), new phrases at the end
 * of their group, changed phrases updated in place (id, creation time and order kept unless the
 * group changes). `problems` lists every invalid row; when it is not empty, `changes` is empty.
 */
export function planImport(
  rows: readonly ImportRow[],
  view: StoreView,
  lang: Lang,
  newId: (prefix: string) => string,
): { preview: ImportPreview; problems: ImportProblem[]; changes: Change[]; phrases: number; groups: number } {
  const planned = planRows(rows, view, lang);
  const previews = planned.map((r) => r.preview);
  const preview = { rows: previews, counts: countStatuses(previews) };
  const problems = previews.filter((r) => r.status === 'invalid').flatMap((r) => r.problems);
  if (problems.length > 0) return { preview, problems, changes: [], phrases: 0, groups: 0 };

  const groups = view.list('phraseGroup') as GroupRecord[];
  const livePhrases = view.list('phrase') as PhraseRecord[];
  const findGroup = createGroupFinder(view);
  const created = new Map<string, string>();
  const nextGroupOrder = new Map<string | null, number>();
  const nextPhraseOrder = new Map<string | null, number>();
  const changes: Change[] = [];
  let groupCount = 0;

  // `records` is a function so the siblings are only looked up the first time (20,000 rows).
  const takeOrder = (counters: Map<string | null, number>, key: string | null, records: () => readonly { order: number }[]) => {
    const next = counters.get(key) ?? records().reduce((max, r) => Math.max(max, r.order + 1), 0);
    counters.set(key, next + 1);
    return next;
  };

  /** The group at `path`, creating each missing level (once per import). */
  const groupFor = (path: readonly string[]): string | null => {
    let parent: string | null = null;
    for (let depth = 0; depth < path.length; depth++) {
      const key = path.slice(0, depth + 1).join('\u0000');
      const existing: string | null | undefined = created.get(key) ?? findGroup(path.slice(0, depth + 1));
      if (existing !== undefined && existing !== null) {
        parent = existing;
        continue;
      }
      const id = newId('grp');
      const order = takeOrder(nextGroupOrder, parent, () => groups.filter((g) => g.parentId === parent));
      changes.push({ put: { id, type: 'phraseGroup', scope: 'shop', name: path[depth]!, order, parentId: parent } });
      created.set(key, id);
      groupCount++;
      parent = id;
    }
    return parent;
  };
  const phrasesIn = (groupId: string | null) => () => livePhrases.filter((p) => p.groupId === groupId);

  let phraseCount = 0;
  for (const { preview: row, content, match } of planned) {
    if (!content || (row.status !== 'new' && row.status !== 'changed')) continue;
    phraseCount++;
    if (match) {
      const groupId = content.groupPath === undefined ? match.groupId : groupFor(content.groupPath);
      // The file's examples and flag replace the stored ones (an empty list clears them); absent = kept.
      const { examples: _examples, publicReply: _publicReply, ...stored } = asInput(match);
      changes.push({
        put: {
          ...stored,
          title: content.title ?? match.title,
          text: content.text,
          ...(content.code ? { code: content.code } : {}),
          groupId,
          order: groupId === match.groupId ? match.order : takeOrder(nextPhraseOrder, groupId, phrasesIn(groupId)),
          stage: content.stage === undefined ? match.stage : content.stage,
          tags: content.tags ?? match.tags,
          ...phraseExtras(content.examples ?? match.examples, content.publicReply ?? match.publicReply),
        },
      });
      continue;
    }
    const groupId = groupFor(content.groupPath ?? []);
    changes.push({
      put: {
        id: newId('phr'),
        type: 'phrase',
        scope: 'shop',
        title: content.title ?? deriveTitle(content.text),
        text: content.text,
        ...(content.code ? { code: content.code } : {}),
        groupId,
        order: takeOrder(nextPhraseOrder, groupId, phrasesIn(groupId)),
        stage: content.stage ?? null,
        tags: content.tags ?? [],
        ...phraseExtras(content.examples, content.publicReply),
      },
    });
  }
  return { preview, problems, changes, phrases: phraseCount, groups: groupCount };
}
