import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { BackOfficeHost, ScanProgress } from '../sidebar/host';
import { rm } from './messages';
import { ProblemList } from './ProblemList';
import type { OpenRelationSet } from './relations-api';
import type { RelationsState } from './relations-state';
import { scanAndStore, type ScanResult } from './scan-and-store';
import { relationScanDone, staffScanDone } from './scan-outcome';

export interface Reporter {
  say(text: string): void;
  alert(text: string): void;
}

interface Props {
  lang: Lang;
  backOffice: BackOfficeHost;
  state: RelationsState;
  reporter: Reporter;
  /** After a finished relation scan: the report is reloaded; the panel marks the rows. */
  onScanned(): Promise<void>;
}

/** Scans the back-office table on this page: progress, cancel, and resume of an unfinished scan. */
export function ScanCard({ lang, backOffice, state, reporter, onScanned }: Props) {
  const running = useRef<AbortController | null>(null);
  const busy = useSignal(false);
  const progress = useSignal<ScanProgress | null>(null);
  const open = useSignal<OpenRelationSet | null>(null);
  const last = useSignal<ScanResult | null>(null);
  /** The rows were not found: the owner can point at one so its selector is kept for this table. */
  const canPick = useSignal(false);
  const relations = backOffice.table === 'relations';

  useEffect(() => {
    if (!relations) return;
    void state.api.getOpenRelationSet('scan').then((r) => r.ok && (open.value = r.value));
    return () => running.current?.abort();
  }, []);

  async function start(resume: boolean) {
    const controller = new AbortController();
    running.current = controller;
    busy.value = true;
    progress.value = null;
    last.value = null;
    canPick.value = false;
    let result: ScanResult;
    try {
      result = await scanAndStore({
        backOffice,
        api: state.api,
        resume: resume && open.value ? open.value : null,
        label: new Date().toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
        lang,
        signal: controller.signal,
        onProgress: (p) => (progress.value = p),
      });
    } catch (error) {
      // A fault of ours or of the page mid-scan: say so and free the button; the pages stored stay for a resume.
      running.current = null;
      busy.value = false;
      reporter.alert(rm(lang, 'scanFailed', { message: error instanceof Error ? error.message : String(error) }));
      if (relations) {
        const r = await state.api.getOpenRelationSet('scan');
        open.value = r.ok ? r.value : null;
      }
      return;
    }
    running.current = null;
    busy.value = false;
    last.value = result;
    const { outcome } = result;
    canPick.value = outcome.kind === 'failed' && outcome.problem === 'not-found' && !!backOffice.pickRow;
    if (result.error) reporter.alert(rm(lang, 'scanFailed', { message: result.error }));
    else if (outcome.kind === 'failed') reporter.alert(rm(lang, 'scanFailed', { message: outcome.message }));
    if (outcome.kind !== 'done' || result.error) {
      // What was stored so far stays in the open set: offer to go on from there.
      if (relations) {
        const r = await state.api.getOpenRelationSet('scan');
        open.value = r.ok ? r.value : null;
      }
      if (outcome.kind === 'cancelled' && !result.error) reporter.say(rm(lang, 'scanCancelled', { page: outcome.resumeAt.pagesDone }));
      return;
    }
    open.value = null;
    await state.reload();
    if (relations) {
      await onScanned();
      // The set's total counts pages read before a resume too (the counts of rows are this run's).
      reporter.say(relationScanDone(lang, { ...result, pages: outcome.pages }, { total: result.stored, abnormal: state.report.value?.summary.abnormal ?? 0 }));
    } else reporter.say(staffScanDone(lang, { ...result, pages: outcome.pages }, result.stored));
  }

  async function pickRow() {
    if (!backOffice.pickRow) return;
    reporter.say(rm(lang, 'pickingRow'));
    const picked = await backOffice.pickRow();
    if (picked.kind === 'saved') {
      canPick.value = false;
      reporter.say(rm(lang, 'pickedRow', { selector: picked.selector }));
    } else if (picked.kind === 'not-editable') reporter.alert(rm(lang, 'pickedNothing'));
    else if (picked.kind === 'failed') reporter.alert(picked.message);
  }

  const p = progress.value;
  return (
    <section class="rel-card rel-scan" aria-labelledby="rel-scan-heading">
      <h3 id="rel-scan-heading">{rm(lang, 'scanHeading')}</h3>
      {open.value && !busy.value && <p class="hint">{rm(lang, 'openScan', { pages: open.value.pagesDone, count: open.value.count })}</p>}
      <div class="actions">
        {busy.value ? (
          <button type="button" class="danger-outline" onClick={() => running.current?.abort()}>
            {rm(lang, 'cancelScan')}
          </button>
        ) : open.value ? (
          <>
            <button type="button" class="primary" onClick={() => start(true)}>
              {rm(lang, 'resumeScan', { page: open.value.pagesDone + 1 })}
            </button>
            <button type="button" onClick={() => start(false)}>
              {rm(lang, 'restartScan')}
            </button>
          </>
        ) : (
          <button type="button" class="primary" onClick={() => start(false)}>
            {rm(lang, relations ? 'scanRelations' : 'scanStaff')}
          </button>
        )}
        {canPick.value && !busy.value && (
          <button type="button" onClick={pickRow}>
            {rm(lang, 'pickRow')}
          </button>
        )}
      </div>
      {(busy.value || p) && (
        <div class="rel-progress">
          <progress aria-label={rm(lang, 'scanProgressLabel')} max={p?.pages ?? undefined} value={p ? p.page : undefined} />
          <span class="hint">
            {p ? rm(lang, p.pages ? 'scanProgress' : 'scanProgressUnknown', { page: p.page, pages: p.pages ?? '', rows: p.rows }) : ''}
          </span>
        </div>
      )}
      {last.value && last.value.problems.length > 0 && (
        <div class="rel-problems">
          <p>{rm(lang, 'scanRowProblems', { count: last.value.skipped })}</p>
          <ProblemList lang={lang} problems={last.value.problems} label={rm(lang, 'skippedRowsLabel')} />
        </div>
      )}
    </section>
  );
}
