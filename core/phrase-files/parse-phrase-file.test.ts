import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { PHRASE_FILE_MAX_BYTES, PHRASE_FILE_MAX_ROWS, parsePhraseFile } from './index';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => utf8('\uFEFF' + text);

/** An XLSX workbook from rows of cells, one sheet per entry. */
function xlsx(sheets: Record<string, unknown[][]>, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

describe('CSV headers', () => {
  it('reads the Qianniu header and keeps rows in file order with their row numbers', async () => {
    const file = await parsePhraseFile(utf8('快捷短语编码,快捷短语,快捷短语分组\nfh,亲，今天下单今天发货,售后\nhy,您好,\n'), 'qianniu.csv');
    expect(file.format).toBe('csv');
    expect(file.problems).toEqual([]);
    expect(file.headerRow).toBe(1);
    expect(file.rows).toEqual([
      { rowNumber: 2, code: 'fh', text: '亲，今天下单今天发货', groupPath: ['售后'] },
      { rowNumber: 3, code: 'hy', text: '您好', groupPath: [] },
    ]);
  });

  it('reads the other clients’ header with spaces and full-width letters, case-insensitively', async () => {
    const file = await parsePhraseFile(utf8(' 快捷编码 , 快捷短语 ,快捷短语分组　,ＴＩＴＬＥ\nA1,第一句,常用,标题一\n'), 'other.csv');
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([{ rowNumber: 2, code: 'A1', text: '第一句', groupPath: ['常用'], title: '标题一' }]);
  });

  it('finds columns in any order and ignores unknown ones, listing them', async () => {
    const file = await parsePhraseFile(utf8('备注,分组,内容,Code,Stage,Tags\n内部用,售前,欢迎光临,hy,售前,"问候，欢迎|新客"\n'), 'x.csv');
    expect(file.rows).toEqual([
      { rowNumber: 2, code: 'hy', text: '欢迎光临', groupPath: ['售前'], stage: 'presale', tags: ['问候', '欢迎', '新客'] },
    ]);
    expect(file.ignoredColumns).toEqual(['备注']);
  });

  it('normalises every stage name to its id and keeps an unknown one as written', async () => {
    const stages = ['售前', '售中', '售后', '大促', '结束', 'presale', 'AfterSale', 'closing', '双十一'];
    const file = await parsePhraseFile(utf8(['话术,阶段', ...stages.map((s) => `x,${s}`)].join('\n')), 's.csv');
    expect(file.rows.map((r) => r.stage)).toEqual(['presale', 'insale', 'aftersale', 'promotion', 'closing', 'presale', 'aftersale', 'closing', '双十一']);
  });

  it('reports a missing text column once, naming the headers found and those expected', async () => {
    const file = await parsePhraseFile(utf8('编码,备注\nfh,发货\n'), 'bad.csv');
    expect(file.rows).toEqual([]);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]!.row).toBeUndefined();
    expect(file.problems[0]!.message).toContain('第 1 行没有找到“快捷短语”列（找到的列：编码、备注）');
    expect(file.problems[0]!.message).toContain('回复内容');
    const en = await parsePhraseFile(utf8('编码,备注\nfh,发货\n'), 'bad.csv', { lang: 'en' });
    expect(en.problems[0]!.message).toMatch(/^No text column in row 1 \(found: 编码, 备注\)/);
  });

  it('reports a file without any header we know, quoting its first row', async () => {
    const file = await parsePhraseFile(utf8('a,b\n1,2\n'), 'x.csv');
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]!.message).toContain('第 1 行是：a、b');
  });
});

describe('CSV cells', () => {
  it('unescapes &#13; &#10; &#44; and HTML entity leftovers, once', async () => {
    const file = await parsePhraseFile(utf8('快捷短语\n第一行&#13;第二行&#13;&#10;第三行&#10;第四&#44;五 &amp; &lt;b&gt; &quot;引&quot; &amp;#44;\n'), 'x.csv');
    expect(file.rows[0]!.text).toBe('第一行\n第二行\n第三行\n第四,五 & <b> "引" &#44;');
  });

  it('keeps commas and line breaks inside quotes, normalises CRLF, numbers rows as a spreadsheet does', async () => {
    const csv = '快捷短语编码,快捷短语\r\na,"一，二, 三"\r\nb,"第一行\r\n第二行\r\n第三行"\r\n\r\nc,最后\r\n';
    const file = await parsePhraseFile(utf8(csv), 'x.csv');
    expect(file.rows).toEqual([
      { rowNumber: 2, code: 'a', text: '一，二, 三' },
      { rowNumber: 3, code: 'b', text: '第一行\n第二行\n第三行' },
      // Row 4 is the blank line (skipped but counted); the multi-line cell above is one row.
      { rowNumber: 5, code: 'c', text: '最后' },
    ]);
  });

  it('guesses tab and semicolon delimiters', async () => {
    const tsv = await parsePhraseFile(utf8('快捷编码\t快捷短语\nfh\t亲，已发货, 请留意\n'), 'x.txt');
    expect(tsv.rows).toEqual([{ rowNumber: 2, code: 'fh', text: '亲，已发货, 请留意' }]);
    const semi = await parsePhraseFile(utf8('code;text\nfh;"a;b"\nhy;c\n'), 'x.csv');
    expect(semi.rows.map((r) => r.text)).toEqual(['a;b', 'c']);
  });

  it('keeps a row with a code but no text, with its row number, and skips empty rows', async () => {
    const file = await parsePhraseFile(utf8('快捷短语编码,快捷短语,快捷短语分组,备注\nfh,已发货,\n,,,\nxx,,售后\n,,,只有备注\n'), 'x.csv');
    expect(file.rows).toEqual([
      { rowNumber: 2, code: 'fh', text: '已发货', groupPath: [] },
      { rowNumber: 4, code: 'xx', groupPath: ['售后'] },
    ]);
    expect(file.problems).toEqual([]);
  });

  it('puts 未分组 and empty groups at the top and splits nested paths', async () => {
    const groups = ['未分组', '', '售前/活动', '售后 > 退换 > 运费', '大促＞预售', ' 售中 / ', '售前/未分组'];
    const file = await parsePhraseFile(utf8(['快捷短语,快捷短语分组', ...groups.map((g) => `x,${g}`)].join('\n')), 'x.csv');
    expect(file.rows.map((r) => r.groupPath)).toEqual([[], [], ['售前', '活动'], ['售后', '退换', '运费'], ['大促', '预售'], ['售中'], ['售前', '未分组']]);
  });

  it('reports an unclosed quote for the whole file, naming its row', async () => {
    const file = await parsePhraseFile(utf8('快捷短语编码,快捷短语\na,好的\nb,"没有结束\nc,被吞掉\n'), 'x.csv');
    expect(file.rows).toEqual([]);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]!.message).toContain('第 3 行');
  });
});

describe('CSV encodings', () => {
  const csv = '快捷短语编码,快捷短语\nfh,已发货\n';
  it('reads UTF-8 with a BOM', async () => {
    const file = await parsePhraseFile(withBom(csv), 'x.csv');
    expect(file.encoding).toBe('utf-8-bom');
    expect(file.rows).toEqual([{ rowNumber: 2, code: 'fh', text: '已发货' }]);
  });

  it('reads UTF-8 without a BOM', async () => {
    const file = await parsePhraseFile(utf8(csv), 'x.csv');
    expect(file.encoding).toBe('utf-8');
    expect(file.rows).toHaveLength(1);
  });

  it('reads GBK as Excel on a Chinese Windows saves it (fixture made byte by byte)', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/gbk-qianniu.csv', import.meta.url)));
    // The fixture really is GBK: its first character is 快 = BF EC, not UTF-8.
    expect([...bytes.subarray(0, 2)]).toEqual([0xbf, 0xec]);
    const file = await parsePhraseFile(bytes, 'gbk-qianniu.csv');
    expect(file.encoding).toBe('gbk');
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      { rowNumber: 2, code: 'fh', text: '亲，已经发货了', groupPath: ['售后'] },
      { rowNumber: 3, code: 'hy', text: '您好\n欢迎光临', groupPath: [] },
    ]);
  });

  it('reads UTF-16 with a BOM (Excel’s “Unicode text”, tab-separated)', async () => {
    const text = '快捷编码\t快捷短语\nfh\t已发货\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const file = await parsePhraseFile(bytes, 'x.txt');
    expect(file.encoding).toBe('utf-16le');
    expect(file.rows).toEqual([{ rowNumber: 2, code: 'fh', text: '已发货' }]);
  });

  it('says so when bytes are neither UTF-8 nor GBK', async () => {
    // 0x80 and 0xFF are not lead bytes in GBK/GB18030, and not valid UTF-8.
    const file = await parsePhraseFile(Uint8Array.from([0x61, 0x2c, 0x80, 0x62, 0xff, 0x0a]), 'x.csv');
    expect(file.rows).toEqual([]);
    expect(file.problems).toEqual([{ message: expect.stringContaining('文件既不是 UTF-8 也不是 GBK 编码') }]);
    expect((await parsePhraseFile(Uint8Array.from([0x80, 0xff]), 'x.csv', { lang: 'en' })).problems[0]!.message).toMatch(/neither UTF-8 nor GBK/);
  });

  it('gives a clear problem for random binary garbage, whatever its name', async () => {
    let seed = 7;
    const garbage = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    for (const name of ['x.csv', 'x.xlsx', 'x.json', 'x']) {
      const file = await parsePhraseFile(garbage, name);
      expect(file.rows, name).toEqual([]);
      expect(file.problems, name).toHaveLength(1);
      expect(file.problems[0]!.message, name).toMatch(/不是文本表格文件|既不是 UTF-8 也不是 GBK/);
    }
  });

  it('reports an empty file', async () => {
    expect((await parsePhraseFile(new Uint8Array(), 'x.csv')).problems[0]!.message).toContain('文件是空的');
  });
});

describe('XLSX and XLS', () => {
  it('finds the header on row 3 and numbers rows as the sheet does', async () => {
    const bytes = xlsx({
      话术: [['客服话术导出'], [], ['分组', '快捷编码', '快捷短语'], ['售后', 'fh', '已发货'], [], ['', 12, '编码是数字']],
    });
    const file = await parsePhraseFile(bytes, 'x.xlsx');
    expect(file.format).toBe('xlsx');
    expect(file.sheet).toBe('话术');
    expect(file.headerRow).toBe(3);
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      { rowNumber: 4, code: 'fh', text: '已发货', groupPath: ['售后'] },
      { rowNumber: 6, code: '12', text: '编码是数字', groupPath: [] },
    ]);
  });

  it('prefers the fuller header over a title line that reads 快捷短语', async () => {
    const file = await parsePhraseFile(xlsx({ S: [['快捷短语'], ['编码', '快捷短语', '分组'], ['a', '你好', '']] }), 'x.xlsx');
    expect(file.headerRow).toBe(2);
    expect(file.rows).toEqual([{ rowNumber: 3, code: 'a', text: '你好', groupPath: [] }]);
  });

  it('reads tab-separated text saved under the name .xls', async () => {
    const file = await parsePhraseFile(utf8('快捷编码\t快捷短语\t快捷短语分组\nfh\t已发货, 请查收\t售后\n'), 'old-tool.xls');
    expect(file.format).toBe('csv');
    expect(file.rows).toEqual([{ rowNumber: 2, code: 'fh', text: '已发货, 请查收', groupPath: ['售后'] }]);
  });

  it('takes the first sheet that has a phrase header', async () => {
    const bytes = xlsx({ 说明: [['本文件由某工具导出']], 数据: [['快捷短语编码', '快捷短语'], ['a', '你好']] });
    const file = await parsePhraseFile(bytes, 'x.xlsx');
    expect(file.sheet).toBe('数据');
    expect(file.rows).toEqual([{ rowNumber: 2, code: 'a', text: '你好' }]);
  });

  it('reads a legacy .xls (BIFF8) and detects it by content, not by name', async () => {
    const bytes = xlsx({ Sheet1: [['快捷编码', '快捷短语', '快捷短语分组'], ['hy', '您好&#13;欢迎', '未分组']] }, 'biff8');
    const file = await parsePhraseFile(bytes, 'renamed.csv');
    expect(file.format).toBe('xlsx');
    expect(file.rows).toEqual([{ rowNumber: 2, code: 'hy', text: '您好\n欢迎', groupPath: [] }]);
  });

  it('reads an HTML table saved as .xls', async () => {
    const html = '<html><body><table><tr><td>快捷编码</td><td>快捷短语</td></tr><tr><td>fh</td><td>已发货</td></tr></table></body></html>';
    const file = await parsePhraseFile(utf8(html), 'export.xls');
    expect(file.format).toBe('xlsx');
    expect(file.rows).toEqual([{ rowNumber: 2, code: 'fh', text: '已发货' }]);
  });

  it('names the sheet when a workbook has no text column', async () => {
    const file = await parsePhraseFile(xlsx({ A: [['x']], B: [['编码', '分组'], ['a', 'b']] }), 'x.xlsx');
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]!.message).toContain('工作表“B”第 1 行没有找到“快捷短语”列（找到的列：编码、分组）');
  });

  it('reports a broken zip as an unreadable spreadsheet', async () => {
    const bytes = xlsx({ S: [['快捷短语'], ['a']] }).slice(0, 200);
    const file = await parsePhraseFile(bytes, 'x.xlsx');
    expect(file.rows).toEqual([]);
    expect(file.problems[0]!.message).toContain('无法读取这个表格文件');
  });
});

describe('JSON', () => {
  it('reads our library pack, resolving nested groups by parentId', async () => {
    const pack = {
      format: 'kefu-sidebar-library',
      version: 1,
      groups: [
        { id: 'g1', name: '售前', order: 0 },
        { id: 'g2', name: '活动', parentId: 'g1', order: 0 },
      ],
      phrases: [
        { title: '活动规则', text: '满 300 减 30', code: 'hd', groupId: 'g2', stage: 'promotion', tags: ['活动'] },
        { title: '问候', text: '您好', groupId: null },
        { title: '孤儿', text: '分组不在文件里', groupId: 'nope' },
      ],
    };
    const file = await parsePhraseFile(utf8(JSON.stringify(pack)), 'library.json');
    expect(file.format).toBe('json');
    expect(file.numbering).toBe('item');
    expect(file.rows).toEqual([
      { rowNumber: 1, title: '活动规则', text: '满 300 减 30', code: 'hd', groupPath: ['售前', '活动'], stage: 'promotion', tags: ['活动'] },
      { rowNumber: 2, title: '问候', text: '您好', groupPath: [] },
      { rowNumber: 3, title: '孤儿', text: '分组不在文件里', groupPath: [] },
    ]);
    expect(file.problems).toEqual([{ row: 3, field: 'groupId', message: expect.stringContaining('nope') }]);
  });

  it('reads a plain list of phrases', async () => {
    const list = [{ code: 'fh', text: '已发货', group: '售后/物流', title: '发货' }, { content: '您好' }, 'oops'];
    const file = await parsePhraseFile(utf8(JSON.stringify(list)), 'list.json');
    expect(file.rows).toEqual([
      { rowNumber: 1, code: 'fh', text: '已发货', groupPath: ['售后', '物流'], title: '发货' },
      { rowNumber: 2, text: '您好' },
    ]);
    expect(file.problems).toEqual([{ row: 3, message: expect.stringContaining('第 3 条') }]);
  });

  it('sends a full backup to the backup import', async () => {
    const file = await parsePhraseFile(utf8(JSON.stringify({ format: 'kefu-sidebar-backup', schemaVersion: 2, records: [] })), 'kefu-sidebar-2026-11-25.json');
    expect(file.rows).toEqual([]);
    expect(file.problems).toEqual([{ message: expect.stringContaining('导入备份文件') }]);
  });

  it('rejects other JSON and broken JSON', async () => {
    expect((await parsePhraseFile(utf8('{"hello":1}'), 'x.json')).problems[0]!.message).toContain('无法识别这个 JSON 文件');
    expect((await parsePhraseFile(utf8('{"format": '), 'x.json')).problems[0]!.message).toContain('不是有效的 JSON');
  });

  it('reports a parentId loop instead of looping', async () => {
    const pack = { format: 'kefu-sidebar-library', groups: [{ id: 'a', name: 'A', parentId: 'b' }, { id: 'b', name: 'B', parentId: 'a' }], phrases: [{ text: 'x', groupId: 'a' }] };
    const file = await parsePhraseFile(utf8(JSON.stringify(pack)), 'x.json');
    expect(file.rows).toEqual([]);
    expect(file.problems.map((p) => p.field)).toEqual(['parentId', 'parentId']);
  });
});

describe('limits', () => {
  it(`accepts ${PHRASE_FILE_MAX_ROWS} rows and refuses one more`, async () => {
    const body = (n: number) => ['快捷短语', ...Array.from({ length: n }, (_, i) => `话术${i}`)].join('\n');
    const ok = await parsePhraseFile(utf8(body(PHRASE_FILE_MAX_ROWS)), 'x.csv');
    expect(ok.problems).toEqual([]);
    expect(ok.rows).toHaveLength(PHRASE_FILE_MAX_ROWS);
    expect(ok.rows.at(-1)!.rowNumber).toBe(PHRASE_FILE_MAX_ROWS + 1);
    const tooMany = await parsePhraseFile(utf8(body(PHRASE_FILE_MAX_ROWS + 1)), 'x.csv');
    expect(tooMany.rows).toEqual([]);
    expect(tooMany.problems).toEqual([{ message: expect.stringContaining(`最多 ${PHRASE_FILE_MAX_ROWS} 行`) }]);
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const file = await parsePhraseFile(new Uint8Array(PHRASE_FILE_MAX_BYTES + 1).fill(0x61), 'x.csv');
    expect(file.rows).toEqual([]);
    expect(file.problems).toEqual([{ message: expect.stringContaining('最多 10 MB') }]);
  });

  it('refuses a sheet longer than it reads, without building every row', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([['快捷短语'], ['a']]);
    XLSX.utils.sheet_add_aoa(sheet, [['迷路的一格']], { origin: `A${PHRASE_FILE_MAX_ROWS * 2 + 5}` });
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'S');
    const file = await parsePhraseFile(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'x.xlsx');
    expect(file.rows).toEqual([]);
    expect(file.problems).toEqual([{ message: expect.stringContaining(`${PHRASE_FILE_MAX_ROWS * 2 + 5} 行`) }]);
  });

  it('refuses a plain JSON list over the row limit', async () => {
    const list = Array.from({ length: PHRASE_FILE_MAX_ROWS + 1 }, (_, i) => ({ text: `t${i}` }));
    expect((await parsePhraseFile(utf8(JSON.stringify(list)), 'x.json')).problems[0]!.message).toContain('最多');
  });
});
