import type { TableProblem, TableRead } from '../../components/sidebar/frame-channel';
import type { ScannedRow } from '../../components/sidebar/host';
import type { TablePage, TablePart } from '../../sites/types';
import { boundedText } from './page-text';

/** Longest cell text we keep (page text is data, and bounded), and most rows read from one page. */
const MAX_CELL = 200;
const MAX_ROWS = 1000;
/**
 * A data cell is read one character past the longest text a field takes: cut at exactly the limit,
 * an overlong account id would pass for a good (but wrong) one; one more lets the row check say
 * "too long" and skip that row.
 */
const DATA_CELL = MAX_CELL + 1;

/** A back-office table page with the owner's overrides applied (stored as `<kind>.<part>`). */
export interface TableDoc {
  page: TablePage;
  selector(part: TablePart): string;
}

export function tableDoc(page: TablePage, overrides: () => Record<string, string>): TableDoc {
  return { page, selector: (part) => overrides()[`${page.kind}.${part}`] || page.selectors[part] };
}

/** Header text compared without spaces, case or a trailing colon. */
export const headerKey = (text: string) => text.replace(/[\s:：]/g, '').toLowerCase();

/**
 * Each field's column index, found by its header names: an exact header first, then one that
 * contains the name; a header serves one field only.
 */
export function columnsOf(headers: readonly string[], columns: Record<string, readonly string[]>): Record<string, number> {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const found: Record<string, number> = {};
  for (const exact of [true, false]) {
    for (const [field, names] of Object.entries(columns)) {
      if (field in found) continue;
      for (const name of names.map(headerKey)) {
        const i = keys.findIndex((k, j) => !taken.has(j) && (exact ? k === name : k.includes(name)));
        if (i >= 0) {
          found[field] = i;
          taken.add(i);
          break;
        }
      }
    }
  }
  return found;
}

/** All elements a part's selector finds, or the problem (a selector that is not valid CSS). */
export function queryPart(doc: TableDoc, part: TablePart, root: ParentNode = document): Element[] | TableProblem {
  const selector = doc.selector(part);
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return { kind: 'invalid-selector', part: `${doc.page.kind}.${part}`, selector };
  }
}

const pageNumber = (el: Element | undefined): number | null => {
  const n = Number.parseInt(boundedText(el, 12), 10);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
};

function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true' || /(^|[-\s])disabled\b/.test(el.className.toString());
}

/** Where the pager stands: the current page, the highest page number shown, and whether 下一页 works. */
export function readPager(doc: TableDoc): { page: number | null; pages: number | null; hasNext: boolean; items: Element[]; next: Element | null } | TableProblem {
  const current = queryPart(doc, 'currentPage');
  const items = queryPart(doc, 'pageItem');
  const next = queryPart(doc, 'nextPage');
  for (const found of [current, items, next]) if (!Array.isArray(found)) return found;
  const numbers = (items as Element[]).map(pageNumber).filter((n): n is number => n !== null);
  const nextButton = (next as Element[])[0] ?? null;
  return {
    page: pageNumber((current as Element[])[0]),
    pages: numbers.length ? Math.max(...numbers) : null,
    hasNext: nextButton !== null && !isDisabled(nextButton),
    items: items as Element[],
    next: nextButton,
  };
}

/** The table's rows now: each row's cell text by field (columns found by header), and the pager. */
export function readTable(doc: TableDoc): TableRead {
  const failed = (problem: TableProblem): TableRead => ({ kind: 'failed', problem });
  const headerCells = queryPart(doc, 'headerCell');
  if (!Array.isArray(headerCells)) return failed(headerCells);
  if (headerCells.length === 0) return failed({ kind: 'not-found', part: `${doc.page.kind}.headerCell`, selector: doc.selector('headerCell') });
  const headers = headerCells.map((cell) => boundedText(cell, MAX_CELL));
  const columns = columnsOf(headers, doc.page.columns);
  const missing = doc.page.required.filter((field) => !(field in columns));
  if (missing.length) return failed({ kind: 'missing-columns', fields: missing, headers });

  const rowEls = queryPart(doc, 'row');
  if (!Array.isArray(rowEls)) return failed(rowEls);
  if (rowEls.length === 0) return failed({ kind: 'not-found', part: `${doc.page.kind}.row`, selector: doc.selector('row') });
  const rows: ScannedRow[] = [];
  for (const row of rowEls.slice(0, MAX_ROWS)) {
    const cells = queryPart(doc, 'cell', row);
    if (!Array.isArray(cells)) return failed(cells);
    const scanned: ScannedRow = {};
    // A cell the row does not have is left out, not read as empty: an empty bound-account cell
    // means "no dedicated CS", a missing one means the row is malformed.
    for (const [field, i] of Object.entries(columns)) if (cells[i]) scanned[field] = boundedText(cells[i], DATA_CELL);
    rows.push(scanned);
  }
  const pager = readPager(doc);
  if ('kind' in pager) return failed(pager);
  return { kind: 'rows', page: pager.page, pages: pager.pages, hasNext: pager.hasNext, rows };
}

/** Each row element with its key cell's text (the buyer id on the relation table), for the marks. */
export function keyedRows(doc: TableDoc): { key: string; row: Element }[] {
  const headerCells = queryPart(doc, 'headerCell');
  const rowEls = queryPart(doc, 'row');
  if (!Array.isArray(headerCells) || !Array.isArray(rowEls)) return [];
  const column = columnsOf(headerCells.map((c) => boundedText(c, MAX_CELL)), doc.page.columns)[doc.page.key];
  if (column === undefined) return [];
  return rowEls.flatMap((row) => {
    const cells = queryPart(doc, 'cell', row);
    const key = Array.isArray(cells) ? boundedText(cells[column], MAX_CELL) : '';
    return key ? [{ key, row }] : [];
  });
}
