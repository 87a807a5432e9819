import { signal } from '@preact/signals';
import type { FrameMessage, PageKindName, PageMessage, TableProblem } from '../../components/sidebar/frame-channel';
import type { BackOfficeTable, PageProblem } from '../../components/sidebar/host';
import { adapterForUrl } from '../../sites/registry';
import type { PageAdapter, TablePage, TablePart } from '../../sites/types';
import { selectorFor } from './css-path';
import { pickElement } from './element-picker';
import { createRowMarks } from './row-marks';
import { turnTo } from './table-pager';
import { keyedRows, queryPart, readTable, tableDoc } from './table-reader';

/**
 * The content script on a back-office table page (relation or staff table): reads the table and
 * turns its pager for the sidebar frame, and draws the frame's row marks. The back office is a
 * single-page app whose menu changes the route without a reload: which table this is, is looked up
 * again from the URL each time (only among this site's table pages).
 */
export function startBackOfficeMode(deps: {
  adapter: PageAdapter<TablePage>;
  shadow: ShadowRoot;
  /** Our own element on the page (the picker ignores clicks on it). */
  host: Element;
  overrides: () => Record<string, string>;
  send(message: PageMessage): void;
  signal: AbortSignal;
}) {
  const { adapter, overrides, signal: abort } = deps;

  function currentPage(): PageAdapter<TablePage> | null {
    const found = adapterForUrl(location.href);
    return found && found.id === adapter.id && found.kind !== 'chat' ? (found as PageAdapter<TablePage>) : null;
  }
  const kind = signal<PageKindName | null>(adapter.kind);
  const problems = signal<PageProblem[]>([]);

  /** The table this page shows, if it is the one asked for; otherwise why not. */
  function docFor(table: BackOfficeTable) {
    const page = currentPage();
    if (page?.kind !== table) return { kind: 'page-changed', now: page?.kind ?? null } satisfies TableProblem;
    return tableDoc(page, overrides);
  }

  // The route changes without an event (pushState): look when the page re-renders, at most once a frame.
  let scheduled = false;
  function look() {
    scheduled = false;
    const page = currentPage();
    if ((page?.kind ?? null) !== kind.value) kind.value = page?.kind ?? null;
    const invalid = page
      ? (Object.keys(page.selectors) as TablePart[]).flatMap((part) => {
          const found = queryPart(tableDoc(page, overrides), part);
          return Array.isArray(found) ? [] : [found as PageProblem];
        })
      : [];
    if (JSON.stringify(invalid) !== JSON.stringify(problems.value)) problems.value = invalid;
  }
  const watch = new MutationObserver(() => {
    if (scheduled || abort.aborted) return;
    scheduled = true;
    requestAnimationFrame(look);
  });
  watch.observe(document.documentElement, { subtree: true, childList: true });
  window.addEventListener('popstate', look, { signal: abort });
  abort.addEventListener('abort', () => watch.disconnect());
  look();

  const layer = document.createElement('div');
  deps.shadow.append(layer);
  const marks = createRowMarks({
    layer,
    signal: abort,
    rows: () => {
      const page = currentPage();
      return page?.kind === 'relations' ? keyedRows(tableDoc(page, overrides)) : [];
    },
  });

  async function answer(message: FrameMessage): Promise<boolean> {
    switch (message.kind) {
      case 'readTable': {
        const doc = docFor(message.table);
        const read = 'page' in doc ? readTable(doc) : { kind: 'failed' as const, problem: doc };
        deps.send({ kind: 'reply', id: message.id, request: 'readTable', answer: read });
        return true;
      }
      case 'turnPage': {
        const doc = docFor(message.table);
        const turned = 'page' in doc ? await turnTo(doc, message.to) : { kind: 'failed' as const, problem: doc };
        deps.send({ kind: 'reply', id: message.id, request: 'turnPage', answer: turned });
        return true;
      }
      case 'pickTableRow': {
        const clicked = await pickElement({ highlightHost: deps.shadow, ignore: deps.host, signal: abort });
        const row = clicked?.closest('tr') ?? clicked;
        const parent = row?.parentElement && selectorFor(row.parentElement);
        // Every row of the table: the clicked row's parent, then its tag (a row's own classes may mark its state).
        const picked = !clicked ? { kind: 'cancelled' as const } : parent && row ? { kind: 'picked' as const, selector: `${parent} > ${row.tagName.toLowerCase()}` } : { kind: 'not-editable' as const };
        deps.send({ kind: 'reply', id: message.id, request: 'pickTableRow', answer: picked });
        return true;
      }
      case 'markRows':
        marks.set(message.marks);
        return true;
      case 'selectorOverrides':
        look();
        return false;
      default:
        return false;
    }
  }

  return { kind, problems, answer };
}
