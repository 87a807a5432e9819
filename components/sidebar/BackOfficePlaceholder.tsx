import { signal, useSignal } from '@preact/signals';
// classify.ts and the model's types only: the relations index brings zod, which the sidebar page must not load.
import { classifyRelation } from '../../core/relations/classify';
import type { Account, Roster } from '../../core/relations/model';
import type { Lang } from '../../core/i18n';
import { reasonLabel, tableName, tb } from './back-office-messages';
import type { BackOfficeHost, BackOfficeTable, RowMark, ScanCursor, ScannedRow } from './host';
import type { Status } from './status';

/*
 * A stand-in for the 关系 panel (components/relations, built separately) on back-office pages: reads
 * the table shown through `SidebarHost.backOffice`, with progress, stop and resume; keeps the staff
 * table's sub-accounts for this frame's life (the back office is one app: its menu changes tables
 * without reloading us) and marks the relation table's abnormal rows with their reasons.
 * The row conversions below are deliberately minimal; core/table-import replaces them.
 */

const EMPTY = new Set(['', '—', '-', '无']);
const YES = new Set(['是', 'yes', 'y', 'true', '1', '✓']);
const STATUS: Record<string, Account['status']> = { 在职: 'active', 正常: 'active', active: 'active', 离职: 'resigned', resigned: 'resigned', 停用: 'disabled', disabled: 'disabled', 冻结: 'frozen', frozen: 'frozen' };
const yes = (text: string | undefined) => YES.has((text ?? '').trim().toLowerCase());

function toAccount(row: ScannedRow): Account | null {
  const id = row.id?.trim();
  const status = STATUS[(row.status ?? '').trim().toLowerCase()];
  if (!id || !status) return null;
  return { id, name: row.name ?? '', status, dedicated: yes(row.dedicated), inRouting: yes(row.inRouting), main: yes(row.main) };
}

function marksFor(rows: readonly ScannedRow[], roster: Roster): RowMark[] {
  return rows.flatMap((row) => {
    if (!row.buyerId) return [];
    const account = (row.account ?? '').trim();
    const reasons = classifyRelation({ buyerId: row.buyerId, accountId: EMPTY.has(account) ? null : account }, roster);
    return reasons.length ? [{ buyerId: row.buyerId, reasons }] : [];
  });
}

/** What was read of each table in this frame: the rows so far and where a stopped scan resumes. */
const readSoFar: Record<BackOfficeTable, { rows: ScannedRow[]; resumeAt: ScanCursor | null }> = {
  relations: { rows: [], resumeAt: null },
  staff: { rows: [], resumeAt: null },
};
const roster = signal<Account[] | null>(null);
/** The abnormal relations read so far, as the list under the buttons shows them (the first ones). */
const abnormal = signal<{ buyerId: string; buyerName: string; reasons: string[] }[]>([]);
const LIST_MAX = 50;

export function BackOfficePlaceholder({ lang, backOffice, status }: { lang: Lang; backOffice: BackOfficeHost; status: Status }) {
  const table = backOffice.table;
  const running = useSignal<AbortController | null>(null);
  const progress = useSignal('');
  const resumeAt = useSignal(readSoFar[table].resumeAt);
  const failed = useSignal(false);

  async function pickRow() {
    if (!backOffice.pickRow) return;
    status.say(tb(lang, 'pickingRow'));
    const outcome = await backOffice.pickRow();
    if (outcome.kind === 'saved') {
      failed.value = false;
      status.say(tb(lang, 'pickedRow', { selector: outcome.selector }));
    } else if (outcome.kind === 'cancelled') status.clear();
    else if (outcome.kind === 'not-editable') status.alert(tb(lang, 'pickedNothing'));
    else status.alert(outcome.message);
  }

  function mark(rows: readonly ScannedRow[]) {
    if (table !== 'relations' || !roster.value) return 0;
    const marks = marksFor(rows, roster.value);
    backOffice.markRows(marks);
    const names = new Map(rows.map((r) => [r.buyerId, r.buyerName ?? '']));
    abnormal.value = marks.slice(0, LIST_MAX).map((m) => ({ ...m, buyerName: names.get(m.buyerId) ?? '' }));
    return marks.length;
  }

  async function read() {
    const abort = new AbortController();
    running.value = abort;
    const kept = readSoFar[table];
    if (!kept.resumeAt) kept.rows = [];
    status.clear();
    const outcome = await backOffice.scan({
      resumeAt: kept.resumeAt ?? undefined,
      signal: abort.signal,
      onRows: async (rows) => {
        kept.rows.push(...rows);
        mark(kept.rows);
      },
      onProgress: (p) => {
        const rows = kept.rows.length;
        progress.value = p.pages ? tb(lang, 'progress', { page: p.page, pages: p.pages, rows }) : tb(lang, 'progressNoTotal', { page: p.page, rows });
      },
    });
    running.value = null;
    kept.resumeAt = outcome.kind === 'done' ? null : outcome.resumeAt;
    resumeAt.value = kept.resumeAt;
    failed.value = outcome.kind === 'failed';
    if (outcome.kind === 'failed') return status.alert(outcome.message);
    if (outcome.kind === 'cancelled') return status.say(tb(lang, 'scanCancelled', { pages: outcome.resumeAt.pagesDone, next: outcome.resumeAt.pagesDone + 1 }));
    const done = tb(lang, 'scanDone', { table: tableName(lang, table), pages: outcome.pages, rows: kept.rows.length });
    if (table === 'staff') {
      roster.value = kept.rows.map(toAccount).filter((a): a is Account => a !== null);
      return status.say(`${done} ${tb(lang, 'rosterKept', { count: roster.value.length })}`);
    }
    if (!roster.value) return status.say(`${done} ${tb(lang, 'needRoster')}`);
    status.say(`${done} ${tb(lang, 'abnormalMarked', { count: mark(kept.rows) })}`);
  }

  return (
    <div class="back-office">
      <h2>{tb(lang, table === 'relations' ? 'title_relations' : 'title_staff')}</h2>
      <div class="toolbar">
        <button type="button" class="primary" disabled={running.value !== null} onClick={read}>
          {resumeAt.value ? tb(lang, 'resumeTable', { page: resumeAt.value.pagesDone + 1 }) : tb(lang, 'readTable')}
        </button>
        {running.value && (
          <button type="button" onClick={() => running.value?.abort()}>
            {tb(lang, 'stopReading')}
          </button>
        )}
      </div>
      {failed.value && backOffice.pickRow && (
        <button type="button" class="pick" onClick={pickRow}>
          {tb(lang, 'pickRow')}
        </button>
      )}
      <p class="scan-progress">{progress.value}</p>
      <p>{tb(lang, 'rowsRead', { rows: readSoFar[table].rows.length })}</p>
      {table === 'relations' && roster.value === null && <p class="hint">{tb(lang, 'needRoster')}</p>}
      {table === 'relations' && abnormal.value.length > 0 && (
        <ul class="abnormal-list" aria-label={tb(lang, 'abnormalList')}>
          {abnormal.value.map((row) => (
            <li key={row.buyerId}>
              <strong>{row.buyerName || row.buyerId}</strong> <small>{row.buyerId}</small>
              <span>{row.reasons.map((r) => reasonLabel(lang, r)).join(lang === 'zh' ? '、' : ', ')}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{tb(lang, 'placeholderNote')}</p>
    </div>
  );
}
