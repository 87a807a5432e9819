import type { Lang } from '../../core/i18n';
import { TABLE_FIELDS, fieldLabel, type TableField } from '../../core/table-import/fields';
import { defineMessages } from '../ui/i18n';
import type { PageKindName, TableProblem } from './frame-channel';
import type { BackOfficeTable } from './host';

/** What is said about back-office tables: their names and parts, and why one could not be read (what and where). Ours, zh and en. */
const MESSAGES = {
  table_relations: ['全店客户管理', 'the customer relation table'],
  table_staff: ['员工管理', 'the staff table'],
  table_chat: ['接待中心', 'the chat console'],
  table_none: ['其他页面', 'another page'],
  title_relations: ['全店客户管理', 'Customer relations'],
  title_staff: ['员工管理', 'Staff'],
  part_headerCell: ['表头', 'the header cells'],
  part_row: ['表格行', 'the table rows'],
  part_cell: ['单元格', 'the cells'],
  part_nextPage: ['“下一页”按钮', 'the “next page” button'],
  part_pageItem: ['页码', 'the page numbers'],
  part_currentPage: ['当前页码', 'the current page number'],
  pageChanged: ['这个页面已不是{table}（现在是{now}）：回到{table}再读取。', 'This page no longer shows {table} (it shows {now}): go back to {table} and read again.'],
  invalidSelector: ['{table}中{part}的选择器不是有效的 CSS：{selector}。请在设置 → 页面选择器中改正。', 'The selector for {part} on {table} is not valid CSS: {selector}. Fix it in Settings → Page selectors.'],
  notFound: ['在{table}上找不到{part}（选择器 {selector}）：页面可能改版了，请在设置 → 页面选择器中修改。', 'No {part} found on {table} (selector {selector}): the page may have changed; update it in Settings → Page selectors.'],
  missingColumns: ['{table}的表头里没有这些列：{fields}。页面上的表头是：{headers}。', '{table} has no column for: {fields}. The headers on the page are: {headers}.'],
  stuck: ['第 {page} 页翻页后，表格 10 秒内没有变化：可能网络慢或页面改版了。稍后可从这里继续。', 'After turning from page {page}, the table did not change within 10 s: a slow network or a changed page. You can resume from here later.'],
  noPage: ['翻不到第 {page} 页：分页里没有这一页，也没有可用的“下一页”。', 'Could not reach page {page}: the pager shows no such page and no working “next page”.'],
  onPage: ['读取第 {page} 页时：{text}', 'While reading page {page}: {text}'],
  pageMoved: ['应读第 {page} 页，但页面显示第 {shown} 页：有人翻了页或页面刷新了。', 'Page {page} was due but the page shows page {shown}: someone turned the page or it reloaded.'],
} satisfies Record<string, [string, string]>;

type Key = keyof typeof MESSAGES;
export const tb = defineMessages<Key>(MESSAGES);
const has = (key: string): key is Key => Object.hasOwn(MESSAGES, key);
/** A known name for a table part or field, else the key itself (an override's part, a field of a newer version). */
const named = (lang: Lang, prefix: string, name: string) => (has(`${prefix}_${name}`) ? tb(lang, `${prefix}_${name}` as Key) : name);

/** A field's name from core/table-import (the one list of field names), else the key itself (a field of a newer version). */
const fieldName = (lang: Lang, field: string) =>
  [...TABLE_FIELDS.relations, ...TABLE_FIELDS.staff].includes(field as TableField) ? fieldLabel(field as TableField, lang) : field;

export const tableName = (lang: Lang, table: BackOfficeTable | PageKindName | null) => named(lang, 'table', table ?? 'none');


/** A table part's name for the options page: `relations.row` → 全店客户管理 · 表格行. */
export function tablePartName(lang: Lang, key: string): string {
  const [table, part] = key.split('.');
  return `${has(`title_${table}`) ? tb(lang, `title_${table}` as Key) : table} · ${named(lang, 'part', part ?? '')}`;
}

/** Why a table could not be read or turned, in the owner's words: what failed, and where. */
export function describeTableProblem(lang: Lang, table: BackOfficeTable, problem: TableProblem): string {
  const where = tableName(lang, table);
  const list = (items: string[]) => items.join(lang === 'zh' ? '、' : ', ');
  switch (problem.kind) {
    case 'page-changed':
      return tb(lang, 'pageChanged', { table: where, now: tableName(lang, problem.now) });
    case 'invalid-selector':
    case 'not-found': {
      const part = named(lang, 'part', problem.part.split('.').pop()!);
      return tb(lang, problem.kind === 'not-found' ? 'notFound' : 'invalidSelector', { table: where, part, selector: problem.selector });
    }
    case 'missing-columns':
      return tb(lang, 'missingColumns', { table: where, fields: list(problem.fields.map((f) => fieldName(lang, f))), headers: list(problem.headers) });
    case 'stuck':
      return tb(lang, 'stuck', { page: problem.page });
    case 'no-page':
      return tb(lang, 'noPage', { page: problem.page });
  }
}
