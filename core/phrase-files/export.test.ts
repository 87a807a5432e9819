import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { GroupRecord, PhraseRecord } from '../phrases';
import {
  EXPORT_HEADER,
  parsePhraseFile,
  phrasesToCsv,
  phrasesToLibraryJson,
  phrasesToQianniuCsv,
  phrasesToXlsx,
  type GroupForFile,
  type ImportRow,
  type PhraseForFile,
} from './index';

const groups: GroupForFile[] = [
  { id: 'g-after', name: '售后', order: 2 },
  { id: 'g-pre', name: '售前', order: 1 },
  { id: 'g-promo', name: '活动', parentId: 'g-pre', order: 0 },
  { id: 'g-slash', name: '退/换', parentId: 'g-after', order: 0 },
];

const phrases: PhraseForFile[] = [
  { id: 'p1', title: '发货时间', text: '亲，今天下单，48 小时内发货。', code: 'fh', groupId: 'g-after', stage: 'insale', tags: ['发货', '物流'], examples: ['几天发货', '能发顺丰吗，急用'], order: 1 },
  { id: 'p2', title: '活动规则', text: '满 300 减 30，\n可以和店铺券叠加；\n活动到 11 日 24 点。', code: 'hd', groupId: 'g-promo', stage: 'promotion', order: 0 },
  { id: 'p3', title: '问候', text: '您好，"在的"，请问有什么可以帮您？', groupId: null, publicReply: true, order: 0 },
  { id: 'p4', title: '退换条件', text: '未拆封 7 天内可退换 & 运费我们出', code: 'th', groupId: 'g-slash', stage: 'aftersale', order: 0 },
  { id: 'p5', title: '催发货', text: '马上为您催仓库', code: 'cfh', groupId: 'g-after', order: 0 },
];

/** What reading an export back must give: rows in library order, with paths and stage ids. */
const expected: Omit<ImportRow, 'rowNumber'>[] = [
  { title: '问候', text: '您好，"在的"，请问有什么可以帮您？', groupPath: [], publicReply: true },
  { title: '活动规则', text: '满 300 减 30，\n可以和店铺券叠加；\n活动到 11 日 24 点。', code: 'hd', groupPath: ['售前', '活动'], stage: 'promotion' },
  { title: '催发货', text: '马上为您催仓库', code: 'cfh', groupPath: ['售后'] },
  { title: '发货时间', text: '亲，今天下单，48 小时内发货。', code: 'fh', groupPath: ['售后'], stage: 'insale', tags: ['发货', '物流'], examples: ['几天发货', '能发顺丰吗，急用'] },
  { title: '退换条件', text: '未拆封 7 天内可退换 & 运费我们出', code: 'th', groupPath: ['售后', '退／换'], stage: 'aftersale' },
];
const withRows = (first: number) => expected.map((row, i) => ({ rowNumber: first + i, ...row }));
/** A table (CSV, XLSX) has our two last columns on every row: empty = no examples, not a public reply. */
const asTableRows = (first: number) => withRows(first).map((row) => ({ ...row, examples: row.examples ?? [], publicReply: row.publicReply ?? false }));

it('takes the stored records as they are', async () => {
  const fits = (phrase: PhraseRecord, group: GroupRecord): [PhraseForFile, GroupForFile] => [phrase, group];
  expectTypeOf(fits).toBeFunction();
});

describe('phrasesToCsv', () => {
  const csv = phrasesToCsv(phrases, groups);

  it('starts with a BOM and the Qianniu columns, then ours', async () => {
    expect(csv.startsWith('\uFEFF快捷短语编码,快捷短语,快捷短语分组,标题,阶段,标签,买家问法,公开回复\r\n')).toBe(true);
    expect(EXPORT_HEADER).toEqual(['快捷短语编码', '快捷短语', '快捷短语分组', '标题', '阶段', '标签', '买家问法', '公开回复']);
  });

  it('keeps real line breaks inside quotes and writes stages in Chinese', async () => {
    expect(csv).toContain('"满 300 减 30，\n可以和店铺券叠加；\n活动到 11 日 24 点。"');
    expect(csv).toContain(',售前/活动,活动规则,大促,');
    expect(csv).toContain(',"发货,物流","几天发货\n能发顺丰吗，急用",\r\n');
    expect(csv).toContain(',,是\r\n');
  });

  it('round-trips through parsePhraseFile (row numbers count the multi-line cell as one row)', async () => {
    const file = await parsePhraseFile(new TextEncoder().encode(csv), 'export.csv');
    expect(file.encoding).toBe('utf-8-bom');
    expect(file.problems).toEqual([]);
    expect(file.ignoredColumns).toBeUndefined();
    expect(file.rows).toEqual(asTableRows(2));
  });
});

describe('phrasesToQianniuCsv', () => {
  const csv = phrasesToQianniuCsv(phrases, groups);

  it('has only the three Qianniu columns, escapes line breaks and commas, names the ungrouped 未分组', async () => {
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('快捷短语编码,快捷短语,快捷短语分组');
    expect(lines[1]).toBe(',"您好，""在的""，请问有什么可以帮您？",未分组');
    expect(lines[2]).toBe('hd,满 300 减 30，&#13;可以和店铺券叠加；&#13;活动到 11 日 24 点。,售前/活动');
    expect(lines).toHaveLength(expected.length + 2); // header, rows, and the final empty line
  });

  it('reads back to the same code, text and group', async () => {
    const file = await parsePhraseFile(new TextEncoder().encode(csv), 'qianniu.csv');
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual(withRows(2).map(({ rowNumber, code, text, groupPath }) => ({ rowNumber, ...(code ? { code } : {}), text, groupPath })));
  });
});

describe('phrasesToXlsx', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await phrasesToXlsx(phrases, groups);
  });

  it('writes the sheet 话术库 with the export header', async () => {
    const book = XLSX.read(bytes, { type: 'array' });
    expect(book.SheetNames).toEqual(['话术库']);
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['话术库']!, { header: 1 });
    expect(rows[0]).toEqual(EXPORT_HEADER);
  });

  it('round-trips through parsePhraseFile, codes staying text', async () => {
    const numeric: PhraseForFile[] = [{ id: 'n', title: '数字编码', text: '编码是 007', code: '007', groupId: null, order: 0 }];
    const file = await parsePhraseFile(await phrasesToXlsx([...phrases, ...numeric], groups), 'export.xlsx');
    expect(file.format).toBe('xlsx');
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      asTableRows(2)[0],
      { rowNumber: 3, title: '数字编码', text: '编码是 007', code: '007', groupPath: [], examples: [], publicReply: false },
      ...asTableRows(3).slice(1),
    ]);
  });
});

describe('phrasesToLibraryJson', () => {
  it('round-trips through parsePhraseFile, keeping a slash inside a group name', async () => {
    const json = phrasesToLibraryJson(phrases, groups);
    expect(JSON.parse(json)).toMatchObject({ format: 'kefu-sidebar-library', version: 1 });
    const file = await parsePhraseFile(new TextEncoder().encode(json), 'library.json');
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual(withRows(1).map((row) => (row.code === 'th' ? { ...row, groupPath: ['售后', '退/换'] } : row)));
  });

  it('reads its own values as they are: entities, a leading apostrophe and spaces survive byte-exact', async () => {
    const odd: PhraseForFile[] = [
      { id: 'o1', title: 'AT&amp;T', text: "'=1+1 是文字 &#13; 不是换行", code: '&lt;b&gt;', groupId: 'g-odd', tags: ['A&amp;B'], examples: ["'在吗"], order: 0 },
      { id: 'o2', title: '  两边有空格  ', text: '第一行\r\n第二行 ', groupId: null, order: 1 },
    ];
    const oddGroups: GroupForFile[] = [{ id: 'g-odd', name: 'R&amp;D', order: 0 }];
    const json = phrasesToLibraryJson(odd, oddGroups);
    const file = await parsePhraseFile(new TextEncoder().encode(json), 'library.json');
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      { rowNumber: 1, title: '  两边有空格  ', text: '第一行\r\n第二行 ', groupPath: [] },
      { rowNumber: 2, title: 'AT&amp;T', text: "'=1+1 是文字 &#13; 不是换行", code: '&lt;b&gt;', groupPath: ['R&amp;D'], tags: ['A&amp;B'], examples: ["'在吗"] },
    ]);
  });

  it('writes a phrase whose group is gone as ungrouped', async () => {
    const json = phrasesToLibraryJson([{ id: 'x', title: 't', text: 'x', groupId: 'deleted', order: 0 }], []);
    expect(JSON.parse(json).phrases[0].groupId).toBeNull();
  });
});

describe('CSV export against formula injection', () => {
  it('writes cells a spreadsheet would run as formulas behind an apostrophe, and reads them back as typed', async () => {
    const phrases = [
      { id: 'p1', title: '=HYPERLINK("http://x")', text: '+86 热线请在平台内联系', code: '-a', groupId: null, order: 0 },
      { id: 'p2', title: '普通标题', text: '@全体 买家您好', groupId: null, order: 1 },
    ];
    const csv = phrasesToCsv(phrases, []);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).toContain("'+86");
    expect(csv).toContain("'@全体");
    const parsed = await parsePhraseFile(new TextEncoder().encode(csv), 'back.csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.title, r.text, r.code])).toEqual([
      ['=HYPERLINK("http://x")', '+86 热线请在平台内联系', '-a'],
      ['普通标题', '@全体 买家您好', undefined],
    ]);
  });
});

describe('buyer questions and 公开回复 in a seller’s own sheet', () => {
  it('reads questions one per line or split by |, 是 / empty as the flag, and names a row whose flag is neither', async () => {
    const csv = '快捷短语,买家问法,公开回复\r\n亲，在的,"在吗\n有人吗 | 你好",是\r\n好的,,\r\n谢谢,,也许\r\n';
    const file = await parsePhraseFile(new TextEncoder().encode(csv), 'mine.csv', { lang: 'en' });
    expect(file.rows.slice(0, 2)).toEqual([
      { rowNumber: 2, text: '亲，在的', examples: ['在吗', '有人吗', '你好'], publicReply: true },
      { rowNumber: 3, text: '好的', examples: [], publicReply: false },
    ]);
    expect(file.problems).toEqual([{ row: 4, field: '公开回复', message: 'Row 4: “公开回复” should be 是 (yes) or empty, not “也许”.' }]);
  });
});

