import type { ProtocolClient } from '../../core/client';
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { FileProblem, ImportRow } from '../../core/phrase-files';
import { describeError } from '../phrases/outcome-text';
import type { ImportPreview, PreviewStatus } from './manager-api';
import { m, type ManagerMessageKey } from './messages';
import type { Notice } from './notice';
import type { PhraseFiles } from './phrase-files';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  notice: Notice;
  files: () => Promise<PhraseFiles>;
}

/** Preview rows drawn at once; every row is still checked and counted. */
const PREVIEW_LIMIT = 500;
const STATUS_ORDER: PreviewStatus[] = ['new', 'changed', 'duplicate', 'invalid'];

/** A row field (`text`) in the seller's words (快捷短语), for problems that do not name it. */
function fieldName(lang: Lang, field: string): string {
  const key = `field_${field}`;
  return key in FIELD_KEYS ? m(lang, key as ManagerMessageKey) : field;
}
const FIELD_KEYS = { field_title: 1, field_text: 1, field_code: 1, field_groupPath: 1, field_stage: 1, field_tags: 1 };

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; problems: string[] }
  | { kind: 'preview'; fileName: string; rows: ImportRow[]; preview: ImportPreview };

/**
 * `第 3 行，快捷短语：不能为空`: a problem with its place, as the seller finds it in the file.
 * Core already writes whole sentences that name the row; a bare message gets the place added.
 */
function problemText(lang: Lang, p: { row?: number; field?: string; message: string }): string {
  if (p.row === undefined || p.message.includes(String(p.row))) return p.message;
  return p.field ? m(lang, 'problemAt', { row: p.row, field: p.field, message: p.message }) : m(lang, 'problemRow', { row: p.row, message: p.message });
}

/**
 * Import with preview: the file is parsed here, every row is checked by the background
 * (`previewImport`), and nothing is written until 确认导入 (`applyImport`, backed up first).
 */
export function ImportPanel({ lang, client, notice, files }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const fileName = file.name;
    setStage({ kind: 'reading', fileName });
    notice.clear();
    let parsed;
    try {
      const reader = await files().catch(() => null);
      if (!reader) {
        setStage({ kind: 'refused', fileName, problems: [m(lang, 'filesUnavailable')] });
        return;
      }
      // The size is checked before a byte is read, and the reading happens off this thread.
      parsed = await reader.parsePhraseBlob(file, { lang });
    } catch (error) {
      setStage({ kind: 'refused', fileName, problems: [m(lang, 'fileUnreadable', { reason: error instanceof Error ? error.message : String(error) })] });
      return;
    }
    if (parsed.problems.length > 0) {
      setStage({ kind: 'refused', fileName, problems: parsed.problems.map((p: FileProblem) => problemText(lang, p)) });
      return;
    }
    const reply = await client.request({ kind: 'previewImport', rows: parsed.rows, fileName });
    if (!reply.ok) {
      setStage({ kind: 'refused', fileName, problems: [reply.error.message, ...(reply.error.details ?? [])] });
      return;
    }
    setStage({ kind: 'preview', fileName, rows: parsed.rows, preview: reply.value });
  }

  async function apply() {
    if (stage.kind !== 'preview') return;
    setBusy(true);
    const reply = await client.request({ kind: 'applyImport', rows: stage.rows, fileName: stage.fileName });
    setBusy(false);
    if (!reply.ok) return notice.alert(describeError(reply.error));
    setStage({ kind: 'idle' });
    const { snapshotId, ids } = reply.value;
    const done = m(lang, 'importDone', { count: reply.value.written });
    // No snapshot means nothing was written, so there is nothing to undo.
    if (snapshotId === null) return notice.say(done);
    notice.say(done, {
      label: m(lang, 'undoImport'),
      run: async () => {
        // Only what the import wrote goes back: phrases added since by hand stay.
        const undone = await client.request({ kind: 'restoreSnapshot', id: snapshotId, onlyIds: ids });
        if (undone.ok) notice.say(m(lang, 'importUndone'));
        else notice.alert(describeError(undone.error));
      },
    });
  }

  function cancel() {
    setStage({ kind: 'idle' });
    notice.say(m(lang, 'importCancelled'));
  }

  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{m(lang, 'importHeading')}</h2>
      <p class="intro">{m(lang, 'importIntro')}</p>
      <label class="file-button primary-outline">
        {m(lang, 'importFile')}
        <input
          type="file"
          accept=".csv,.txt,.xlsx,.xls,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {stage.kind === 'reading' && <p class="muted">{m(lang, 'reading', { file: stage.fileName })}</p>}
      {stage.kind === 'refused' && (
        <div role="alert" class="alert">
          <p>{m(lang, 'fileRefused', { file: stage.fileName })}</p>
          <ul>
            {stage.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {stage.kind === 'preview' && <Preview lang={lang} stage={stage} busy={busy} onApply={apply} onCancel={cancel} />}
    </section>
  );
}

function Preview({
  lang,
  stage,
  busy,
  onApply,
  onCancel,
}: {
  lang: Lang;
  stage: Extract<Stage, { kind: 'preview' }>;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}) {
  const { preview } = stage;
  const counts = preview.counts;
  const invalid = counts.invalid;
  const nothing = counts.new + counts.changed === 0;
  // Rows with errors first: they are what the seller has to fix.
  const rows = [...preview.rows].sort((a, b) => Number(b.status === 'invalid') - Number(a.status === 'invalid') || a.rowNumber - b.rowNumber);
  const shown = rows.slice(0, PREVIEW_LIMIT);
  return (
    <div class="preview">
      <h3>{m(lang, 'previewHeading', { file: stage.fileName })}</h3>
      <p class="counts">
        {STATUS_ORDER.map((s) => (
          <span key={s} class={`pill status-${s}`}>
            {m(lang, `status_${s}`)} {counts[s]}
          </span>
        ))}
      </p>
      {invalid > 0 && (
        <p role="alert" class="alert">
          {m(lang, 'previewInvalid', { count: invalid })}
        </p>
      )}
      {invalid === 0 && nothing && <p class="muted">{m(lang, 'previewNothing')}</p>}
      <div class="table-wrap">
        <table class="preview-table">
          <thead>
            <tr>
              <th scope="col">{m(lang, 'colRow')}</th>
              <th scope="col">{m(lang, 'colTitle')}</th>
              <th scope="col">{m(lang, 'colStatus')}</th>
              <th scope="col">{m(lang, 'colProblems')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.rowNumber} class={`status-${row.status}`}>
                <td>{row.rowNumber}</td>
                <td>{row.title}</td>
                <td>
                  <span class={`pill status-${row.status}`}>{m(lang, `status_${row.status}`)}</span>
                </td>
                <td>
                  {row.problems.length > 0 && (
                    <ul class="problems">
                      {row.problems.map((p, i) => (
                        <li key={i}>{problemText(lang, { row: row.rowNumber, field: fieldName(lang, p.field), message: p.message })}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length && <p class="hint">{m(lang, 'moreRowsPreview', { shown: shown.length, count: rows.length })}</p>}
      <div class="actions">
        <button type="button" class="primary" disabled={busy || invalid > 0 || nothing} onClick={onApply}>
          {m(lang, 'confirmImport')}
        </button>
        <button type="button" onClick={onCancel}>
          {m(lang, 'cancel')}
        </button>
      </div>
    </div>
  );
}
