import type { ReadonlySignal } from '@preact/signals';
import type { Lang } from '../../core/i18n';
import { reasonName } from '../../components/relations/messages';
import type { PageState } from '../../components/sidebar/frame-channel';
import type { BackOfficeHost, BackOfficeTable, PickOutcome } from '../../components/sidebar/host';
import { readTablePages } from '../../components/sidebar/read-table-pages';
import type { PageLink } from './page-link';

/**
 * `SidebarHost.backOffice` over the frame's link to its content script: the scan runs here, page by
 * page (cancel and resume between pages), the content script reads and turns the table; marks go
 * to the page with their reasons already in words, for the content script to draw as text.
 * `table` follows the page: the back office's own menu may switch tables without reloading us.
 */
export function createBackOfficeHost(
  link: PageLink,
  lang: Lang,
  page: ReadonlySignal<PageState>,
  /** Keeps a picked selector as this site's override `key` (with the others). */
  saveOverride: (key: string, selector: string) => Promise<PickOutcome>,
): BackOfficeHost {
  const access = {
    read: (table: BackOfficeTable) => link.request('readTable', { table }),
    turn: (table: BackOfficeTable, to: number) => link.request('turnPage', { table, to }),
  };
  const host: BackOfficeHost = {
    get table() {
      const kind = page.value.page;
      return kind === 'chat' ? 'relations' : kind;
    },
    scan: (options) => readTablePages(access, lang, host.table, options),
    async pickRow() {
      const table = host.table;
      const picked = await link.request('pickTableRow', { table });
      return picked.kind === 'picked' ? saveOverride(`${table}.row`, picked.selector) : picked;
    },
    markRows: (marks) => link.send({ kind: 'markRows', marks: marks.map((m) => ({ key: m.buyerId, labels: m.reasons.map((r) => reasonName(lang, r as Parameters<typeof reasonName>[1])) })) }),
  };
  return host;
}
