import type { ReasonCode } from './relations-api';
import { TABLE_FIELDS, fieldLabel, type TableField } from '../../core/table-import/fields';
import { defineMessages } from '../ui/i18n';

/** Every sentence of the 关系 panels (sidebar and options page), in both languages. Written by us. */
const MESSAGES = {
  heading: ['专属客服关系', 'Dedicated-CS relations'],
  intro: [
    '找出每一条异常关系和原因。扫描后台的客户关系表，或导入后台导出的文件；数据只保存在本机。',
    'Find every abnormal relation and why. Scan the back office\'s relation table, or import its export; the data stays on this computer.',
  ],
  loading: ['正在读取关系数据…', 'Reading relation data…'],
  empty: ['还没有关系数据。在“全店客户管理”页面扫描表格，或导入后台导出的 CSV/XLSX 文件。', 'No relation data yet. Scan the table on the customer management page, or import the CSV/XLSX the back office exports.'],
  totals: ['共 {total} 条关系，异常 {abnormal} 条', '{total} relations, {abnormal} abnormal'],
  allNormal: ['全部正常，没有需要转移的关系。', 'All normal: nothing needs a transfer.'],
  fromScan: ['{when} 扫描自后台表格', 'Scanned from the back office table, {when}'],
  fromImport: ['{when} 导入：{label}', 'Imported {when}: {label}'],
  reasonsHeading: ['异常原因', 'Why they are abnormal'],
  reasonsHint: ['一条关系可能同时有几个原因，转移时要全部解决。', 'A relation can have several reasons; a fix must clear all of them.'],
  showReason: ['只看：{reason}', 'Show only: {reason}'],
  accountsHeading: ['按客服', 'By account'],
  colAccount: ['客服', 'Account'],
  colTotal: ['关系数', 'Relations'],
  colAbnormal: ['异常', 'Abnormal'],
  unknownAccount: ['（不在名单中）{id}', '(not in the roster) {id}'],
  noAccount: ['（未绑定）', '(none bound)'],

  // scan
  scanHeading: ['读取本页表格', 'Read this page\'s table'],
  scanRelations: ['扫描客户关系表', 'Scan the relation table'],
  scanStaff: ['扫描员工表', 'Scan the staff table'],
  resumeScan: ['从第 {page} 页继续扫描', 'Resume from page {page}'],
  restartScan: ['重新扫描', 'Scan again'],
  cancelScan: ['取消扫描', 'Cancel the scan'],
  scanProgressLabel: ['扫描进度', 'Scan progress'],
  scanProgress: ['已读 {page}/{pages} 页，{rows} 行', 'Read {page}/{pages} pages, {rows} rows'],
  scanProgressUnknown: ['已读 {page} 页，{rows} 行', 'Read {page} pages, {rows} rows'],
  scanDone: ['扫描完成：{pages} 页，{rows} 行，其中异常 {abnormal} 条，已在页面上标出。', 'Scan done: {pages} pages, {rows} rows, {abnormal} abnormal, marked on the page.'],
  staffDone: ['员工表扫描完成：{count} 个子账号已保存为名单。', 'Staff table scanned: {count} sub-accounts saved as the roster.'],
  scanCancelled: ['扫描已暂停在第 {page} 页，已读的行都已保存，可以稍后继续。', 'Scan paused after page {page}; the rows read are saved and you can resume later.'],
  scanFailed: ['扫描中断：{message}', 'The scan stopped: {message}'],
  pickRow: ['点选表格中的一行', 'Pick a row of the table'],
  pickingRow: ['请点击页面表格中的任意一行（Esc 取消）', 'Click any row of the table on the page (Esc cancels)'],
  pickedRow: ['已保存表格行的选择器 {selector}：请重新扫描。', 'Saved {selector} as the table rows’ selector: scan again.'],
  pickedNothing: ['点到的不是表格中的一行。', 'That was not a row of the table.'],
  scanDoneSkipped: [
    '扫描完成：{pages} 页，读到 {read} 行，保存 {kept} 行，跳过 {skipped} 行。关系共 {total} 条，其中异常 {abnormal} 条，已在页面上标出。跳过的行：{where}',
    'Scan done: {pages} pages, {read} rows read, {kept} stored, {skipped} skipped. {total} relations, {abnormal} abnormal, marked on the page. Skipped: {where}',
  ],
  staffDoneSkipped: [
    '员工表扫描完成：读到 {read} 行，保存 {kept} 行，跳过 {skipped} 行；名单共 {count} 个子账号。跳过的行：{where}',
    'Staff table scanned: {read} rows read, {kept} stored, {skipped} skipped; the roster has {count} sub-accounts. Skipped: {where}',
  ],
  skippedRowsLabel: ['跳过的行', 'Skipped rows'],
  moreSkippedListed: ['另有 {count} 处，都列在“读取本页表格”下。', 'And {count} more, all listed under “Read this page\'s table”.'],
  scanRowProblems: ['有 {count} 行的单元格有误，已跳过（同一页的其他行都已保存）：', '{count} rows had a bad cell and were skipped (the other rows of their pages are stored):'],
  openScan: ['上次扫描没有完成（已读 {pages} 页，{count} 条）。', 'The last scan did not finish ({pages} pages, {count} read).'],
  notBackOffice: ['在千牛后台的“全店客户管理”或员工管理页面打开侧边栏，可以直接扫描表格。', 'Open the sidebar on the back office\'s customer management or staff page to scan its table.'],

  // import
  importHeading: ['导入文件', 'Import a file'],
  importHint: ['后台导出的 CSV（UTF-8 或 GBK）或 XLSX；文件在独立线程中解析，不会卡住页面。', 'The back office\'s CSV (UTF-8 or GBK) or XLSX export; it is read off the page\'s main thread.'],
  chooseFile: ['选择文件…', 'Choose a file…'],
  importKind: ['文件内容', 'The file holds'],
  kindRelations: ['客户关系', 'Relations'],
  kindStaff: ['员工名单（子账号）', 'Staff (sub-accounts)'],
  parsing: ['正在读取 {file}…', 'Reading {file}…'],
  parseFailed: ['{file} 无法读取：{message}', '{file} could not be read: {message}'],
  noRows: ['{file} 里没有数据行。', '{file} has no data rows.'],
  previewHeading: ['预览：{file}（{rows} 行）', 'Preview: {file} ({rows} rows)'],
  previewLabel: ['导入预览', 'Import preview'],
  mappingHeading: ['对应表头', 'Match the columns'],
  mappingHint: ['有的列没有认出来：请为每一项选择文件中的表头。下次导入同样的表头时会自动使用。', 'Some columns were not recognised: pick the file\'s header for each field. The choice is kept for next time.'],
  mappingSaved: ['已使用上次保存的表头对应。', 'Using the column matching saved last time.'],
  notMapped: ['（不导入）', '(not imported)'],
  mappingMissing: ['还需要选择：{fields}', 'Still to match: {fields}'],
  confirmImport: ['导入 {rows} 行', 'Import {rows} rows'],
  cancelImport: ['取消', 'Cancel'],
  importProgressLabel: ['导入进度', 'Import progress'],
  importing: ['正在导入 {done}/{rows} 行…', 'Importing {done}/{rows} rows…'],
  importRefused: ['文件有 {count} 处错误，没有导入任何数据（现有数据没有改动）：', '{count} problems in the file; nothing was imported (existing data is unchanged):'],
  moreProblems: ['……还有 {count} 处', '… and {count} more'],
  imported: ['已导入 {rows} 条关系，其中异常 {abnormal} 条。', 'Imported {rows} relations, {abnormal} abnormal.'],
  importedStaff: ['已导入 {count} 个子账号作为名单。', 'Imported {count} sub-accounts as the roster.'],
  importCancelled: ['导入已取消，现有数据没有改动。', 'Import cancelled; existing data is unchanged.'],

  // list
  listHeading: ['关系列表', 'Relation list'],
  filterReason: ['原因', 'Reason'],
  filterAccount: ['客服', 'Account'],
  filterText: ['搜索买家', 'Search buyers'],
  filterTextPlaceholder: ['买家ID或昵称', 'Buyer id or name'],
  anyReason: ['全部异常', 'All abnormal'],
  allRows: ['全部关系（含正常）', 'All relations (normal too)'],
  anyAccount: ['全部客服', 'All accounts'],
  shown: ['显示 {count} 条', '{count} shown'],
  gridLabel: ['关系列表，共 {count} 条', 'Relations, {count} rows'],
  colBuyer: ['买家', 'Buyer'],
  colBuyerName: ['买家昵称', 'Buyer name'],
  colBoundAt: ['绑定时间', 'Bound at'],
  colReasons: ['原因', 'Reasons'],
  normal: ['正常', 'Normal'],
  noMatch: ['没有符合条件的关系。', 'No relation matches.'],
  sortBy: ['按{column}排序', 'Sort by {column}'],

} satisfies Record<string, readonly [string, string]>;

export type RelationsMessageKey = keyof typeof MESSAGES;
export const rm = defineMessages<RelationsMessageKey>(MESSAGES);

/** Each reason's short name and what fixes it (DOMAIN §3), in the order core lists the codes. */
const REASONS: Record<ReasonCode, { name: readonly [string, string]; fix: readonly [string, string] }> = {
  'account-inactive': {
    name: ['客服已离职/停用/冻结', 'Account resigned, disabled or frozen'],
    fix: ['转移给在职的专属客服；账号恢复在职也可以。', 'Transfer to an active dedicated CS, or reactivate the account.'],
  },
  'not-dedicated': {
    name: ['不是专属客服', 'Not a dedicated CS'],
    fix: ['把该子账号设为专属客服，或转移给专属客服。', 'Make the sub-account a dedicated CS, or transfer to one.'],
  },
  'not-in-routing': {
    name: ['客服不进分流', 'Account not in routing'],
    fix: ['把该客服加入分流，或转移给进分流的专属客服。', 'Put the account into routing, or transfer to a dedicated CS in routing.'],
  },
  'no-dedicated-cs': {
    name: ['没有绑定专属客服', 'No dedicated CS bound'],
    fix: ['分配给一位有效的专属客服。', 'Assign a valid dedicated CS.'],
  },
  'bound-to-main': {
    name: ['绑定在主账号', 'Bound to the main account'],
    fix: ['主账号即使进分流也算异常：转移给专属子账号。', 'Abnormal even when the main account is in routing: transfer to a dedicated sub-account.'],
  },
  'unknown-account': {
    name: ['客服不在名单中', 'Account not in the roster'],
    fix: ['先扫描或导入员工表；若账号已删除，转移给名单中的专属客服。', 'Scan or import the staff table first; if the account is gone, transfer to a dedicated CS in the roster.'],
  },
};

/** The reason codes in the order they are shown. */
export const REASON_ORDER = Object.keys(REASONS) as ReasonCode[];
export const reasonName = (lang: 'zh' | 'en', code: ReasonCode): string => REASONS[code]?.name[lang === 'zh' ? 0 : 1] ?? code;
export const reasonFix = (lang: 'zh' | 'en', code: ReasonCode): string => REASONS[code]?.fix[lang === 'zh' ? 0 : 1] ?? '';
/** A table field's name (`buyerId` → 买家ID), or the field id when we have none: core/table-import names them all. */
export function fieldName(lang: 'zh' | 'en', field: string): string {
  return (TABLE_FIELDS.relations as readonly string[]).includes(field) || (TABLE_FIELDS.staff as readonly string[]).includes(field) ? fieldLabel(field as TableField, lang) : field;
}
