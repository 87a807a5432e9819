import { say, type Lang } from '../i18n';

/** Every sentence the table import shows an owner, in both languages. Written by us. */
export function tableMessages(lang: Lang, where: { page?: number } = {}) {
  const list = (items: readonly string[]) => items.join(say(lang, '、', ', '));
  // A scanned row is found by its page and its row on that page; a file's row by its row in the file.
  const { page } = where;
  const rowAt = (row: number) =>
    page === undefined ? say(lang, `第 ${row} 行`, `Row ${row}`) : say(lang, `第 ${page} 页第 ${row} 行`, `Page ${page}, row ${row}`);
  const at = (row: number, field: string) => rowAt(row) + say(lang, `“${field}”：`, `, "${field}": `);
  return {
    empty: (row: number, field: string) => at(row, field) + say(lang, '不能为空。', 'must not be empty.'),
    tooLong: (row: number, field: string, max: number, value: string) =>
      at(row, field) + say(lang, `太长（最多 ${max} 个字）：“${quoted(value)}”。`, `too long (at most ${max} characters): "${quoted(value)}".`),
    missingCell: (row: number, field: string) => at(row, field) + say(lang, '这一行缺少这一列的单元格。', 'this row has no cell in this column.'),
    blankRow: (row: number) => rowAt(row) + say(lang, '：整行是空的。', ': the whole row is empty.'),
    badDate: (row: number, field: string, value: string) =>
      at(row, field) +
      say(
        lang,
        `“${quoted(value)}”不是日期时间，应写成 2026-11-30 10:00、2026/11/30 或时间戳。`,
        `"${quoted(value)}" is not a date; write it as 2026-11-30 10:00, 2026/11/30 or an epoch timestamp.`,
      ),
    badYesNo: (row: number, field: string, value: string) =>
      at(row, field) + say(lang, `“${quoted(value)}”应为 是 或 否（也可写 √/×、true/false）。`, `"${quoted(value)}" should be yes or no (是/否, √/×, true/false).`),
    badStatus: (row: number, field: string, value: string) =>
      at(row, field) +
      say(lang, `“${quoted(value)}”不是账号状态，应为 在职、离职、停用 或 冻结。`, `"${quoted(value)}" is not an account status; use active, resigned, disabled or frozen (在职/离职/停用/冻结).`),
    tooMany: (row: number, field: string, max: number) => at(row, field) + say(lang, `最多 ${max} 项。`, `at most ${max} entries.`),
    duplicateBuyer: (row: number, field: string, first: number) =>
      at(row, field) + say(lang, `与第 ${first} 行是同一个买家，一个买家只能有一条关系。`, `same buyer as row ${first}; a buyer has one relation only.`),
    duplicateAccount: (row: number, field: string, first: number) => at(row, field) + say(lang, `与第 ${first} 行是同一个子账号。`, `same sub-account as row ${first}.`),
    missingColumns: (fields: readonly string[], headerRow?: number) =>
      headerRow === undefined
        ? say(lang, `没有找到这些列：${list(fields)}。请在预览中为它们选择对应的列。`, `These columns were not found: ${list(fields)}. Choose their columns in the preview.`)
        : say(
            lang,
            `第 ${headerRow} 行的表头里没有找到这些列：${list(fields)}。请在预览中为它们选择对应的列。`,
            `The header (row ${headerRow}) has no column for: ${list(fields)}. Choose their columns in the preview.`,
          ),
    noHeader: () =>
      say(lang, '前 10 行里没有找到表头，请确认文件第一行是列名，或在预览中选择各列。', 'No header row in the first 10 rows; make sure the first row names the columns, or choose them in the preview.'),
    noRows: () => say(lang, '表头下面没有任何数据。', 'There are no rows below the header.'),
    tooManyRows: (rows: number, max: number) =>
      say(lang, `文件有 ${rows} 行，最多 ${max} 行。请拆成几个文件分别导入。`, `The file has ${rows} rows; the limit is ${max}. Split it into several files.`),
    tooLarge: (bytes: number, max: number) =>
      say(lang, `文件太大（${mb(bytes)} MB），最多 ${mb(max)} MB。`, `The file is too large (${mb(bytes)} MB); the limit is ${mb(max)} MB.`),
    emptyFile: () => say(lang, '文件是空的。', 'The file is empty.'),
    notText: () => say(lang, '这不是表格文件，请选择 .csv、.xlsx 或 .xls 文件。', 'This is not a table file; choose a .csv, .xlsx or .xls file.'),
    unknownEncoding: () =>
      say(lang, '文件既不是 UTF-8 也不是 GBK 编码，无法读取。请另存为“CSV UTF-8”后再导入。', 'The file is neither UTF-8 nor GBK text; save it as "CSV UTF-8" and import it again.'),
    unclosedQuote: (row: number) =>
      say(lang, `第 ${row} 行有一个没有配对的引号（"），之后的内容都被读进了同一格。`, `Row ${row} has an unmatched quote ("), so everything after it ran into one cell.`),
    spreadsheetUnreadable: (detail: string) =>
      say(lang, `无法读取这个表格文件（${detail}）。请用 Excel 或 WPS 另存为 .xlsx 再导入。`, `This spreadsheet cannot be read (${detail}). Save it as .xlsx in Excel or WPS and import it again.`),
    unpacksTooLarge: (max: number) =>
      say(
        lang,
        `表格文件解压后超过 ${mb(max)} MB（可能是“压缩炸弹”），没有导入。请只保留需要的工作表后另存为 .xlsx 再导入。`,
        `The spreadsheet unpacks to more than ${mb(max)} MB (possibly a zip bomb); nothing was imported. Keep only the sheet you need, save it as .xlsx and import it again.`,
      ),
    noSheets: () => say(lang, '表格文件里没有工作表。', 'The spreadsheet has no sheets.'),
  };
}

export type TableMessages = ReturnType<typeof tableMessages>;

/** Longest part of a cell's text a message quotes. */
const QUOTED = 40;
// eslint-disable-next-line no-control-regex
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A cell's text as a message quotes it: plain text, at most {@link QUOTED} characters. Controls and
 * bidi overrides become spaces, so a quoted value can't turn our sentence around it; the cut never
 * splits an emoji.
 */
export function quoted(value: string): string {
  const plain = value.replace(UNSHOWN, ' ');
  if (plain.length <= QUOTED) return plain;
  const cut = /[\ud800-\udbff]$/.test(plain.slice(0, QUOTED)) ? QUOTED - 1 : QUOTED;
  return `${plain.slice(0, cut)}…`;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
