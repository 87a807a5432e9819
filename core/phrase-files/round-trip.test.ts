import { describe, expect, it } from 'vitest';
import { parsePhraseFile, phrasesToCsv, phrasesToLibraryJson, phrasesToXlsx, type GroupForFile, type ImportRow, type PhraseForFile } from './index';

/**
 * Our own files come back as they left (issue 12): export → import → export gives the same bytes,
 * whatever the phrases hold — entities, a leading apostrophe, formula-like text, line breaks, emoji.
 */
const groups: GroupForFile[] = [
  { id: 'g1', name: '售后 & 物流', order: 0 },
  { id: 'g2', name: "'=活动", parentId: 'g1', order: 0 },
];
const TRICKY = [
  'AT&amp;T 与 AT&T 都是 &lt;b&gt; 文字',
  "'前导撇号",
  "'=1+1",
  '=1+1',
  '+86 138 0000 0000',
  '-10 元优惠',
  '@所有人',
  "''两个撇号",
  '第一行\n第二行\n\n第四行',
  'Windows 行尾\r\n之后',
  '表情 😀👍🏽 和 𠮷',
  '逗号, "引号" 和 &#13; &#44; 原样',
];
/** Places within a group count 0, 1, 2… as an import gives them (the file's order is the library's). */
function numberWithinGroups<T extends { groupId: string | null; order: number }>(items: T[]): T[] {
  const next = new Map<string | null, number>();
  return items.map((item) => {
    const order = next.get(item.groupId) ?? 0;
    next.set(item.groupId, order + 1);
    return { ...item, order };
  });
}
const phrases: PhraseForFile[] = numberWithinGroups(
  TRICKY.map((text, i) => ({
    id: `p${i}`,
    title: i % 2 ? `标题 ${text.slice(0, 8)}` : `T${i}`,
    text,
    ...(i % 3 === 0 ? { code: `c${i}` } : {}),
    groupId: i % 2 ? 'g2' : i % 3 ? 'g1' : null,
    ...(i === 4 ? { stage: 'presale', tags: ['R&D', '=x'], examples: ['AT&amp;T 吗？', "'问"] } : {}),
    order: 0,
  })),
);

/** The rows read back as phrases and groups again (paths turned back into the groups they name). */
function backToLibrary(rows: readonly ImportRow[]): { phrases: PhraseForFile[]; groups: GroupForFile[] } {
  const byPath = new Map<string, GroupForFile>();
  const groupOf = (path: readonly string[]): string | null => {
    let parentId: string | null = null;
    for (let depth = 1; depth <= path.length; depth++) {
      const key = JSON.stringify(path.slice(0, depth));
      let group = byPath.get(key);
      if (!group) {
        group = { id: `g${byPath.size + 1}`, name: path[depth - 1]!, ...(parentId ? { parentId } : {}), order: 0 };
        byPath.set(key, group);
      }
      parentId = group.id;
    }
    return parentId;
  };
  const back = numberWithinGroups(rows.map((row, i) => ({
    id: `p${i}`,
    title: row.title ?? '',
    text: row.text ?? '',
    ...(row.code ? { code: row.code } : {}),
    groupId: groupOf(row.groupPath ?? []),
    ...(row.stage ? { stage: row.stage } : {}),
    ...(row.tags?.length ? { tags: row.tags } : {}),
    ...(row.examples?.length ? { examples: row.examples } : {}),
    order: 0,
  })));
  return { phrases: back, groups: [...byPath.values()] };
}

const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

describe('our phrase files round-trip byte-exact', () => {
  it.each([
    ['CSV', 'kefu.csv', async (p: PhraseForFile[], g: GroupForFile[]) => bytes(phrasesToCsv(p, g))],
    ['JSON', 'kefu.json', async (p: PhraseForFile[], g: GroupForFile[]) => bytes(phrasesToLibraryJson(p, g))],
  ] as const)('%s: export → import → export gives the same bytes, and the texts as they were', async (_kind, name, write) => {
    const first = await write(phrases, groups);
    const parsed = await parsePhraseFile(first, name);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.text).sort()).toEqual([...TRICKY].sort());
    const again = backToLibrary(parsed.rows);
    const second = await write(again.phrases, again.groups);
    expect(new TextDecoder().decode(second)).toBe(new TextDecoder().decode(first));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('XLSX: the sheet read back holds the same cells, and a second export reads back the same again', async () => {
    const first = await phrasesToXlsx(phrases, groups);
    const parsed = await parsePhraseFile(first, 'kefu.xlsx');
    expect(parsed.problems).toEqual([]);
    // XML keeps no carriage return (a sheet's `\r\n` reads back `\n`): the one change, and a phrase typed in a form has none.
    expect(parsed.rows.map((r) => r.text).sort()).toEqual(TRICKY.map((t) => t.replace(/\r\n/g, '\n')).sort());
    const again = backToLibrary(parsed.rows);
    const reparsed = await parsePhraseFile(await phrasesToXlsx(again.phrases, again.groups), 'kefu.xlsx');
    expect(reparsed.rows).toEqual(parsed.rows);
  });
});
