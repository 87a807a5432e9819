/**
 * The malformed-file corpus (issue 12 item 4): per importer, kinds of bad input made on the fly,
 * each with what its refusal must name. Shared by the unit test and the bench.
 */
import type { FileLike } from '../../core/phrase-files';
import { BACKUP_FORMAT } from '../../core/data-pack';
import { concat, deepJson, deflatedZeros, hugeFile, xlsx } from './bad-files';

export interface BadFile {
  kind: string;
  file: () => Promise<FileLike & { reads?: number }>;
  /** What the zh message must contain (a row and field, or the cause); checked in the unit test. */
  says: RegExp;
}

const enc = (text: string) => new TextEncoder().encode(text);
const of = (name: string, bytes: Uint8Array): FileLike => ({ name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer });
const file = (name: string, bytes: Uint8Array | string) => async () => of(name, typeof bytes === 'string' ? enc(bytes) : bytes);
const utf16le = (text: string) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i) & 0xff, (out[i * 2 + 1] = text.charCodeAt(i) >> 8);
  return out;
};
const garbage = () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);

let zeros: ReturnType<typeof deflatedZeros> | undefined;
/** 400 MiB of zeros deflated (~400 KB), made once. */
const bombPart = () => (zeros ??= deflatedZeros(400));
/** An XLSX whose extra part unpacks to 400 MiB of zeros. */
export async function zipBomb(): Promise<Uint8Array> {
  return xlsx([['快捷短语'], ['你好']], { extra: [{ name: 'xl/media/image1.bin', data: new Uint8Array(), deflated: await bombPart() }] });
}
/** The same bomb claiming its part is 1 KB: only the streamed count catches it. */
async function lyingBomb(): Promise<Uint8Array> {
  return xlsx([['快捷短语'], ['你好']], { extra: [{ name: 'xl/media/image1.bin', data: new Uint8Array(), deflated: { ...(await bombPart()), size: 1024 } }] });
}
function truncated(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

/** Kinds every table importer shares (phrase files and relation tables), with its header. */
function tableKinds(header: string[], row: string[], extra: { tooManyRows: number }): BadFile[] {
  const csv = (lines: string[][]) => lines.map((l) => l.join(',')).join('\n');
  return [
    { kind: 'empty file', file: file('empty.csv', ''), says: /空/ },
    { kind: 'bytes neither UTF-8 nor GBK', file: file('bad.csv', Uint8Array.from([0x41, 0x2c, 0xff, 0x41, 0xff, 0xff, 0x2c, 0x42])), says: /UTF-8|编码|文本/ },
    { kind: 'UTF-16 without BOM', file: file('u16.csv', utf16le(csv([header, row]))), says: /文本|表格/ },
    { kind: 'UTF-32 BOM', file: file('u32.csv', concat([Uint8Array.from([0xff, 0xfe, 0, 0]), utf16le(csv([header, row]))])), says: /文本|表格|编码/ },
    { kind: 'UTF-16 BOM, odd byte count', file: file('odd.csv', concat([Uint8Array.from([0xfe, 0xff]), enc('abc')])), says: /编码/ },
    { kind: 'binary garbage', file: file('x.csv', garbage()), says: /文本|表格|编码/ },
    { kind: 'binary garbage named .xlsx', file: file('x.xlsx', concat([Uint8Array.from([0x50, 0x4b, 3, 4]), garbage()])), says: /无法读取/ },
    { kind: 'OLE header then garbage (.xls)', file: file('x.xls', concat([Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), garbage()])), says: /无法读取/ },
    { kind: 'wrong columns', file: file('cols.csv', csv([['名称', '价格'], ['a', '1']])), says: /表头|列/ },
    { kind: 'header only', file: file('header.csv', csv([header])), says: /没有任何/ },
    { kind: 'unbalanced quote', file: file('quote.csv', `${header.join(',')}\n${row[0]},"${row.slice(1).join(',')}\n${row.join(',')}\n`), says: /第 2 行.*引号/ },
    { kind: 'too many rows', file: file('many.csv', [header.join(','), ...Array.from({ length: extra.tooManyRows }, (_, i) => row.map((c) => `${c}${i}`).join(','))].join('\n')), says: /最多/ },
    { kind: 'truncated XLSX', file: async () => of('cut.xlsx', truncated(xlsx([header, row, row]))), says: /无法读取/ },
    { kind: 'XLSX with wrong columns', file: file('cols.xlsx', xlsx([['名称', '价格'], ['a', '1']])), says: /表头|列/ },
    { kind: 'sheet range A1:XFD1048576', file: file('range.xlsx', xlsx([header, row], { dimension: 'A1:XFD1048576' })), says: /1048576/ },
    { kind: 'zip bomb (400 MiB)', file: async () => of('bomb.xlsx', await zipBomb()), says: /解压后超过/ },
    { kind: 'zip bomb with lying sizes', file: async () => of('liar.xlsx', await lyingBomb()), says: /解压后超过/ },
    { kind: '200 MB file', file: async () => hugeFile('huge.csv', 200 * 1024 * 1024), says: /太大/ },
  ];
}

/** Phrase files (CSV/XLSX/JSON), through `parsePhraseBlob` and the import check. */
export function phraseCorpus(): BadFile[] {
  const header = ['快捷短语编码', '快捷短语', '快捷短语分组'];
  const pack = (body: object) => JSON.stringify({ format: 'kefu-sidebar-library', version: 1, groups: [], phrases: [], ...body });
  return [
    ...tableKinds(header, ['fh', '付款后48小时内发货', '售前'], { tooManyRows: 20_001 }),
    { kind: 'row without text', file: file('notext.csv', `${header.join(',')}\nfh,,售前\n`), says: /第 2 行.*快捷短语/ },
    { kind: 'huge cell (2 MB)', file: file('cell.csv', `${header.join(',')}\nfh,${'长'.repeat(2_000_000)},售前\n`), says: /第 2 行.*快捷短语/ },
    { kind: 'public reply not yes/no', file: file('pub.csv', '快捷短语,公开回复\n你好,也许\n'), says: /第 2 行.*公开回复/ },
    { kind: 'truncated JSON', file: file('cut.json', '[{"text": "你好"'), says: /JSON/ },
    { kind: 'JSON nested 100,000 levels', file: file('deep.json', deepJson(100_000)), says: /嵌套/ },
    { kind: 'JSON objects nested 100,000 levels', file: file('deep2.json', `{"a":${deepJson(100_000, '{"a":', '}')}}`.replace(/\{"a":\}/, '{}')), says: /嵌套/ },
    { kind: 'JSON of unknown shape', file: file('what.json', '{"hello": "world"}'), says: /无法识别/ },
    { kind: 'JSON item not an object', file: file('list.json', '[{"text":"a"}, 42]'), says: /第 2 条/ },
    { kind: 'JSON field of the wrong type', file: file('type.json', '[{"text": {"x": 1}}]'), says: /第 1 条.*text/ },
    { kind: 'JSON item missing its text', file: file('miss.json', '[{"code": "fh", "title": "发货"}]'), says: /第 1 行.*快捷短语/ },
    { kind: 'library pack of a newer version', file: file('v9.json', pack({ version: 9 })), says: /version/ },
    { kind: 'library pack with duplicate group ids', file: file('dup.json', pack({ groups: [{ id: 'g1', name: 'A' }, { id: 'g1', name: 'B' }], phrases: [{ text: 'x', groupId: 'g1' }] })), says: /g1.*id/ },
    { kind: 'library pack with a group cycle', file: file('cycle.json', pack({ groups: [{ id: 'a', name: 'A', parentId: 'b' }, { id: 'b', name: 'B', parentId: 'a' }], phrases: [{ text: 'x' }] })), says: /循环/ },
    { kind: 'library pack pointing at a missing group', file: file('orphan.json', pack({ phrases: [{ text: 'x', groupId: 'nope' }] })), says: /第 1 条.*nope/ },
    { kind: 'examples not a list of texts', file: file('ex.json', '[{"text": "a", "examples": [1, 2]}]'), says: /第 1 条.*examples/ },
    { kind: 'full backup given as a phrase file', file: file('backup.json', JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 1, records: [] })), says: /备份/ },
  ];
}

/** Relation tables (back-office exports), through `readTableCellsFromFile` / `readTableFile`. */
export function relationCorpus(): BadFile[] {
  const header = ['买家', '绑定客服', '绑定时间'];
  const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n');
  return [
    ...tableKinds(header, ['buyer', 'kf01', '2026-11-30 10:00'], { tooManyRows: 200_001 }),
    { kind: 'duplicate buyer', file: file('dup.csv', csv([header, ['b1', 'kf01', '2026-11-30'], ['b1', 'kf02', '2026-11-30']])), says: /第 3 行.*同一个买家/ },
    { kind: 'not a date', file: file('date.csv', csv([header, ['b1', 'kf01', '昨天下午']])), says: /第 2 行.*不是日期/ },
    { kind: 'cell over 200 characters', file: file('long.csv', csv([header, ['b'.repeat(5000), 'kf01', '2026-11-30']])), says: /第 2 行.*太长/ },
    { kind: 'missing required column', file: file('miss.csv', csv([['买家', '备注'], ['b1', 'x']])), says: /列/ },
  ];
}

/** Full backups, through `readBackupBlob` and `importAll`. */
export function backupCorpus(): BadFile[] {
  const backup = (body: object) => JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 3, exportedAt: '2026-12-01T00:00:00.000Z', records: [], ...body });
  const phrase = {
    id: 'phr_01KAV9FWXRFCQNDE9RJPGK34B7', type: 'phrase', schemaVersion: 3, createdAt: 1764000004000, updatedAt: 1764000004000,
    updatedBy: 'dev', scope: 'shop', title: 'x', text: 'y', groupId: null, order: 0, stage: null, tags: [],
  };
  return [
    { kind: 'empty file', file: file('b.json', ''), says: /空/ },
    { kind: '200 MB file', file: async () => hugeFile('b.json', 200 * 1024 * 1024), says: /太大/ },
    { kind: 'GBK bytes', file: file('b.json', Uint8Array.from([0x7b, 0x22, 0xc4, 0xe3, 0xba, 0xc3, 0x22, 0x7d])), says: /UTF-8/ },
    { kind: 'UTF-16 with BOM', file: file('b.json', concat([Uint8Array.from([0xff, 0xfe]), utf16le(backup({}))])), says: /UTF-8/ },
    { kind: 'UTF-16 without BOM', file: file('b.json', utf16le(backup({}))), says: /文本/ },
    { kind: 'binary garbage', file: file('b.json', garbage()), says: /UTF-8|文本/ },
    { kind: 'nested 100,000 levels', file: file('b.json', deepJson(100_000)), says: /嵌套/ },
    { kind: 'truncated JSON', file: file('b.json', backup({}).slice(0, 40)), says: /JSON/ },
    { kind: 'not our format', file: file('b.json', '{"records": []}'), says: /不是客服侧边栏/ },
    { kind: 'schema version too new', file: file('b.json', backup({ schemaVersion: 999 })), says: /999|版本/ },
    { kind: 'schema version missing', file: file('b.json', JSON.stringify({ format: BACKUP_FORMAT, records: [] })), says: /schemaVersion/ },
    { kind: 'schema version as text', file: file('b.json', backup({ schemaVersion: '3' })), says: /schemaVersion/ },
    { kind: 'records not a list', file: file('b.json', backup({ records: { a: 1 } })), says: /records/ },
    { kind: 'record not an object', file: file('b.json', backup({ records: [42] })), says: /第 1 条记录/ },
    { kind: 'unknown record type', file: file('b.json', backup({ records: [{ ...phrase, type: 'constructor' }] })), says: /第 1 条记录.*type/ },
    { kind: 'duplicate ids', file: file('b.json', backup({ records: [phrase, { ...phrase, title: 'z' }] })), says: /第 2 条记录.*id/ },
    { kind: 'missing field', file: file('b.json', backup({ records: [{ ...phrase, text: undefined }] })), says: /第 1 条记录.*text/ },
    { kind: 'field of the wrong type', file: file('b.json', backup({ records: [{ ...phrase, text: { nested: true } }] })), says: /第 1 条记录.*text/ },
    { kind: 'phrase in a missing group', file: file('b.json', backup({ records: [{ ...phrase, groupId: 'nope' }] })), says: /第 1 条记录.*groupId/ },
    { kind: 'library pack holding settings', file: file('b.json', JSON.stringify({ format: 'kefu-sidebar-library', schemaVersion: 3, exportedAt: '', groups: [], phrases: [{ ...phrase, type: 'settings' }] })), says: /第 1 条记录/ },
  ];
}
