import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { BackOfficeTable } from '../sidebar/host';
import { fieldName, rm } from './messages';
import type { ParseFile } from './parse-file';
import { ProblemList } from './ProblemList';
import type { Account, Relation } from './relations-api';
import type { RelationsState } from './relations-state';
import type { Reporter } from './ScanCard';
import { TABLE_FIELDS, matchHeaders, rowsByField, rowsToAccounts, rowsToRelations, type ParsedTable, type RowProblem } from './table-import';

interface Props {
  lang: Lang;
  state: RelationsState;
  reporter: Reporter;
  parse: ParseFile;
  /** The table a file holds unless the owner says otherwise (the page's table in the sidebar). */
  defaultKind?: BackOfficeTable;
  /** After a relation import: the report is reloaded; the panel marks the rows. */
  onImported(): Promise<void>;
}

interface Preview {
  file: string;
  table: ParsedTable;
  mapping: Record<string, string>;
  /** The mapping came from the one the owner saved for these headers. */
  saved: boolean;
  /** The owner changed the mapping: kept for next time on import. */
  edited: boolean;
}

/** Rows converted per step; the page gets its turn once a slice of steps has taken {@link SLICE_MS}. */
const STEP = 1000;
const SLICE_MS = 12;
const PREVIEW_ROWS = 5;
const nextTask = () => new Promise((r) => setTimeout(r, 0));

/**
 * Imports the back office's CSV/XLSX export: read in a worker, preview with the columns matched
 * (or matched by the owner, kept for next time), checked whole before anything is stored.
 */
export function ImportCard({ lang, state, reporter, parse, defaultKind = 'relations', onImported }: Props) {
  const kind = useSignal<BackOfficeTable>(defaultKind);
  const preview = useSignal<Preview | null>(null);
  const busy = useSignal<string | null>(null);
  const progress = useSignal<{ done: number; rows: number } | null>(null);
  const problems = useSignal<RowProblem[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelled = useRef(false);
  // The sidebar stays open when the back office changes route (staff ⇄ relations): follow the page.
  useEffect(() => {
    if (!preview.value && !busy.value && !progress.value) kind.value = defaultKind;
  }, [defaultKind]);

  async function choose(file: File) {
    problems.value = [];
    preview.value = null;
    busy.value = rm(lang, 'parsing', { file: file.name });
    let table: ParsedTable;
    try {
      table = await parse(file, lang);
    } catch (error) {
      busy.value = null;
      return reporter.alert(rm(lang, 'parseFailed', { file: file.name, message: error instanceof Error ? error.message : String(error) }));
    }
    busy.value = null;
    if (table.rows.length === 0) return reporter.alert(rm(lang, 'noRows', { file: file.name }));
    const kept = await state.api.getTableMapping(kind.value, table.headers);
    const savedMapping = kept.ok && kept.value && Object.values(kept.value).every((h) => table.headers.includes(h)) ? kept.value : null;
    preview.value = { file: file.name, table, mapping: savedMapping ?? matchHeaders(kind.value, table.headers).mapping, saved: !!savedMapping, edited: false };
  }

  function remap(field: string, header: string) {
    const p = preview.value!;
    const mapping = { ...p.mapping };
    if (header) mapping[field] = header;
    else delete mapping[field];
    preview.value = { ...p, mapping, edited: true };
  }

  async function confirm() {
    const p = preview.value!;
    const table = kind.value;
    cancelled.current = false;
    problems.value = [];
    progress.value = { done: 0, rows: p.table.rows.length };
    // Check every row first: one bad row refuses the file and nothing is stored.
    const relations: Relation[] = [];
    const accounts: Account[] = [];
    const found: RowProblem[] = [];
    let slice = performance.now();
    for (let at = 0; at < p.table.rows.length; at += STEP) {
      if (cancelled.current) return stop();
      const rows = rowsByField({ headers: p.table.headers, rows: p.table.rows.slice(at, at + STEP) }, p.mapping);
      // Problems name the row as the file shows it and the column by the file's own header.
      const source = { lang, firstRow: at + 1, labels: p.mapping, ...(p.table.rowNumbers ? { rowNumbers: p.table.rowNumbers.slice(at, at + STEP) } : {}) };
      if (table === 'relations') {
        const read = rowsToRelations(rows, source);
        relations.push(...read.read);
        found.push(...read.problems);
      } else {
        const read = rowsToAccounts(rows, source);
        accounts.push(...read.read);
        found.push(...read.problems);
      }
      if (performance.now() - slice < SLICE_MS) continue;
      progress.value = { done: Math.min(at + STEP, p.table.rows.length), rows: p.table.rows.length };
      await nextTask();
      slice = performance.now();
    }
    if (found.length > 0) {
      progress.value = null;
      // Said once, in the card's alert with every row and field.
      problems.value = found;
      return;
    }
    if (p.edited) await state.api.saveTableMapping(table, p.mapping);
    if (table === 'staff') {
      const saved = await state.api.saveRoster(accounts, 'replace');
      progress.value = null;
      if (!saved.ok) return reporter.alert(saved.error.message);
      preview.value = null;
      await state.reload();
      return reporter.say(rm(lang, 'importedStaff', { count: saved.value.count }));
    }
    const begun = await state.api.beginRelationSet('import', p.file);
    if (!begun.ok) return fail(begun.error.message);
    const added = await state.api.addRelations(begun.value.setId, relations);
    if (!added.ok) return fail(added.error.message);
    if (cancelled.current) return stop();
    const finished = await state.api.finishRelationSet(begun.value.setId);
    if (!finished.ok) return fail(finished.error.message);
    progress.value = null;
    preview.value = null;
    await state.reload();
    await onImported();
    reporter.say(rm(lang, 'imported', { rows: finished.value.total, abnormal: state.report.value?.summary.abnormal ?? 0 }));
  }

  function fail(message: string) {
    progress.value = null;
    reporter.alert(message);
  }
  function stop() {
    progress.value = null;
    reporter.say(rm(lang, 'importCancelled'));
  }
  function cancel() {
    cancelled.current = true;
    if (!progress.value) {
      preview.value = null;
      problems.value = [];
    }
  }

  const p = preview.value;
  const fields = TABLE_FIELDS[kind.value];
  const missing = p ? fields.filter((f) => f.required && !p.mapping[f.field]).map((f) => fieldName(lang, f.field)) : [];
  const recognised = p && !p.saved && !p.edited && missing.length === 0;
  return (
    <section class="rel-card rel-import" aria-labelledby="rel-import-heading">
      <h3 id="rel-import-heading">{rm(lang, 'importHeading')}</h3>
      <p class="hint">{rm(lang, 'importHint')}</p>
      <div class="actions">
        <label class="inline">
          <span>{rm(lang, 'importKind')}</span>
          <select value={kind.value} disabled={!!p || !!busy.value} onChange={(e) => (kind.value = (e.currentTarget as HTMLSelectElement).value as BackOfficeTable)}>
            <option value="relations">{rm(lang, 'kindRelations')}</option>
            <option value="staff">{rm(lang, 'kindStaff')}</option>
          </select>
        </label>
        <label class="file-button">
          {rm(lang, 'chooseFile')}
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.xlsx,.xls,text/csv"
            disabled={!!busy.value || !!progress.value}
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              (e.currentTarget as HTMLInputElement).value = '';
              if (file) void choose(file);
            }}
          />
        </label>
      </div>
      {busy.value && <p class="hint">{busy.value}</p>}
      {p && (
        <div class="rel-preview" role="group" aria-label={rm(lang, 'previewLabel')}>
          <h4>{rm(lang, 'previewHeading', { file: p.file, rows: p.table.rows.length })}</h4>
          {p.saved && <p class="hint">{rm(lang, 'mappingSaved')}</p>}
          {!recognised && (
            <fieldset class="rel-mapping">
              <legend>{rm(lang, 'mappingHeading')}</legend>
              {!p.saved && <p class="hint">{rm(lang, 'mappingHint')}</p>}
              {fields.map((f) => (
                <label key={f.field}>
                  <span>
                    {fieldName(lang, f.field)}
                    {f.required ? ' *' : ''}
                  </span>
                  <select value={p.mapping[f.field] ?? ''} onChange={(e) => remap(f.field, (e.currentTarget as HTMLSelectElement).value)}>
                    <option value="">{rm(lang, 'notMapped')}</option>
                    {p.table.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          <div class="table-wrap">
            <table class="preview-table">
              <thead>
                <tr>
                  {fields
                    .filter((f) => p.mapping[f.field])
                    .map((f) => (
                      <th key={f.field} scope="col">
                        {fieldName(lang, f.field)}
                      </th>
                    ))}
                </tr>
              </thead>
              <tbody>
                {rowsByField({ headers: p.table.headers, rows: p.table.rows.slice(0, PREVIEW_ROWS) }, p.mapping).map((row, i) => (
                  <tr key={i}>
                    {fields
                      .filter((f) => p.mapping[f.field])
                      .map((f) => (
                        <td key={f.field}>{row[f.field]}</td>
                      ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {missing.length > 0 && <p class="form-message">{rm(lang, 'mappingMissing', { fields: missing.join(lang === 'zh' ? '、' : ', ') })}</p>}
          {progress.value && (
            <div class="rel-progress">
              <progress aria-label={rm(lang, 'importProgressLabel')} max={progress.value.rows} value={progress.value.done} />
              <span class="hint">{rm(lang, 'importing', progress.value)}</span>
            </div>
          )}
          <div class="actions">
            <button type="button" class="primary" disabled={missing.length > 0 || !!progress.value} onClick={confirm}>
              {rm(lang, 'confirmImport', { rows: p.table.rows.length })}
            </button>
            <button type="button" onClick={cancel}>
              {rm(lang, 'cancelImport')}
            </button>
          </div>
        </div>
      )}
      {problems.value.length > 0 && (
        <div role="alert" class="alert rel-problems">
          <p>{rm(lang, 'importRefused', { count: problems.value.length })}</p>
          <ProblemList lang={lang} problems={problems.value} />
        </div>
      )}
    </section>
  );
}
