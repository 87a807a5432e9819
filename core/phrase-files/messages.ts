import { say, type Lang } from '../i18n';
import { HEADER_NAMES } from './columns';

/** Every sentence the phrase-file reader shows a seller, in both languages. Written by us. */
export function fileMessages(lang: Lang) {
  const list = (items: readonly string[]) => items.join(say(lang, '、', ', '));
  const where = (row: number, sheet?: string) =>
    sheet === undefined ? say(lang, `第 ${row} 行`, `row ${row}`) : say(lang, `工作表“${sheet}”第 ${row} 行`, `row ${row} of sheet "${sheet}"`);

  return {
    empty: () => say(lang, '文件是空的，没有可导入的话术。', 'The file is empty; there is nothing to import.'),
    tooLarge: (bytes: number, max: number) =>
      say(
        lang,
        `文件太大（${mb(bytes)} MB），最多 ${mb(max)} MB。请拆成几个文件分别导入。`,
        `The file is too large (${mb(bytes)} MB); the limit is ${mb(max)} MB. Split it into several files.`,
      ),
    tooManyRows: (rows: number, max: number) =>
      say(
        lang,
        `文件有 ${rows} 行话术，最多 ${max} 行。请拆成几个文件分别导入。`,
        `The file has ${rows} phrase rows; the limit is ${max}. Split it into several files.`,
      ),
    unknownEncoding: () =>
      say(
        lang,
        '文件既不是 UTF-8 也不是 GBK 编码，无法读取。请在 Excel 或 WPS 中另存为“CSV UTF-8”后再导入。',
        'The file is neither UTF-8 nor GBK text and cannot be read. Save it as "CSV UTF-8" in Excel or WPS and import it again.',
      ),
    notText: () =>
      say(
        lang,
        '这不是文本表格文件（CSV）。请选择 .csv、.xlsx、.xls 或客服侧边栏导出的 .json 文件。',
        'This is not a text (CSV) file. Choose a .csv, .xlsx, .xls or a .json file exported by Kefu Sidebar.',
      ),
    unclosedQuote: (row: number) =>
      say(
        lang,
        `第 ${row} 行有一个没有配对的引号（"），之后的内容都被读进了同一格。请检查这一行的引号。`,
        `Row ${row} has an unmatched quote ("), so everything after it ran into one cell. Check the quotes on that row.`,
      ),
    noTextColumn: (row: number, found: readonly string[], sheet?: string) =>
      say(
        lang,
        `${where(row, sheet)}没有找到“快捷短语”列（找到的列：${found.length > 0 ? list(found) : '无'}）。表头应包含其中之一：${list(HEADER_NAMES.text)}。`,
        `No text column in ${where(row, sheet)} (found: ${found.length > 0 ? list(found) : 'none'}). The header needs one of: ${list(HEADER_NAMES.text)}.`,
      ),
    noHeader: (row: number, found: readonly string[], sheet?: string) =>
      say(
        lang,
        `前 10 行里没有找到表头。${where(row, sheet)}是：${list(found)}。表头应包含“快捷短语”列（${list(HEADER_NAMES.text)} 之一），可选“快捷短语编码”“快捷短语分组”。`,
        `No header row in the first 10 rows; ${where(row, sheet)} reads: ${list(found)}. The header needs a text column (one of ${list(HEADER_NAMES.text)}), optionally code and group columns.`,
      ),
    noRows: () => say(lang, '表头下面没有任何话术。', 'There are no phrases below the header.'),
    spreadsheetUnreadable: (detail: string) =>
      say(
        lang,
        `无法读取这个表格文件（${detail}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。`,
        `This spreadsheet cannot be read (${detail}). Open it in Excel or WPS, save it as .xlsx and import it again.`,
      ),
    unpacksTooLarge: (max: number) =>
      say(
        lang,
        `表格文件解压后超过 ${mb(max)} MB（可能是“压缩炸弹”或内容远超话术表），没有导入。请只保留话术表后另存为 .xlsx 再导入。`,
        `The spreadsheet unpacks to more than ${mb(max)} MB (a zip bomb, or far more than a phrase table); nothing was imported. Keep only the phrase sheet, save it as .xlsx and import it again.`,
      ),
    tooDeep: (max: number) =>
      say(
        lang,
        `JSON 文件的嵌套超过 ${max} 层，不是话术文件，没有导入。`,
        `The JSON file is nested more than ${max} levels deep; it is not a phrase file and nothing was imported.`,
      ),
    unknownVersion: (version: string) =>
      say(
        lang,
        `话术库文件的 version 是 ${version.slice(0, 20)}，本扩展只能读取版本 1。请升级扩展或重新导出。`,
        `The library file's version is ${version.slice(0, 20)}; this extension reads version 1 only. Update the extension or export the file again.`,
      ),
    duplicateGroupId: (groupId: string) =>
      say(lang, `分组 ${groupId.slice(0, 40)} 在文件里出现了不止一次（字段 id）。`, `Group ${groupId.slice(0, 40)} appears more than once in the file (field id).`),
    timedOut: (seconds: number) =>
      say(
        lang,
        `读取文件超过 ${seconds} 秒，已停止，没有导入。文件可能损坏或过于复杂，请另存为 CSV 后再导入。`,
        `Reading the file took more than ${seconds} seconds and was stopped; nothing was imported. The file may be damaged or too complex: save it as CSV and import it again.`,
      ),
    spreadsheetEncrypted: () =>
      say(lang, '表格文件设置了密码，请取消密码后再导入。', 'The spreadsheet is password-protected; remove the password and import it again.'),
    noSheets: () => say(lang, '表格文件里没有工作表。', 'The spreadsheet has no sheets.'),
    badJson: (detail: string) =>
      say(lang, `这不是有效的 JSON 文件（${detail}）。`, `This is not a valid JSON file (${detail}).`),
    backupFile: () =>
      say(
        lang,
        '这是客服侧边栏的完整备份文件，不能作为话术导入。请使用“导入备份文件”。',
        'This is a full Kefu Sidebar backup, not a phrase file. Use "Import backup file" instead.',
      ),
    unknownJson: () =>
      say(
        lang,
        '无法识别这个 JSON 文件：应为客服侧边栏导出的话术库（format 为 kefu-sidebar-library）或话术列表 [{ "code", "text", "group", "title" }]。',
        'Unrecognised JSON file: expected a Kefu Sidebar phrase library (format kefu-sidebar-library) or a list [{ "code", "text", "group", "title" }].',
      ),
    notAnObject: (item: number) =>
      say(lang, `第 ${item} 条不是一条话术（应为对象）。`, `Item ${item} is not a phrase (expected an object).`),
    unknownGroup: (item: number, groupId: string) =>
      say(lang, `第 ${item} 条话术的分组 ${groupId} 在文件里不存在。`, `Item ${item}: group ${groupId} is not in the file.`),
    groupCycle: (groupId: string) =>
      say(lang, `分组 ${groupId} 的上级分组形成了循环。`, `Group ${groupId} is its own ancestor.`),
    notTextValue: (item: number, field: string) =>
      say(lang, `第 ${item} 条话术的 ${field} 应为文字。`, `Item ${item}: ${field} should be text.`),
    notYesNoCell: (row: number, field: string, value: string, sheet?: string) =>
      say(lang, `${where(row, sheet)}的“${field}”应为“是”或留空，现在是“${value.slice(0, 20)}”。`, `${capital(where(row, sheet))}: “${field}” should be 是 (yes) or empty, not “${value.slice(0, 20)}”.`),
    notTextList: (item: number, field: string) =>
      say(lang, `第 ${item} 条话术的 ${field} 应为一组文字。`, `Item ${item}: ${field} should be a list of texts.`),
    notYesNo: (item: number, field: string) =>
      say(lang, `第 ${item} 条话术的 ${field} 应为 true 或 false。`, `Item ${item}: ${field} should be true or false.`),
  };
}

export type FileMessages = ReturnType<typeof fileMessages>;

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
