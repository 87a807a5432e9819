import { useEffect, useRef, useState } from 'preact/hooks';
import { say, type Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';
import type { BackupPreview } from '../../core/data-pack';
import { readBackupBlob } from '../../core/data-pack/backup-file';
import { describeError } from '../phrases/outcome-text';
import type { Notice } from '../manager/notice';
import { typeName } from './type-names';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  status: Notice;
  /** The file input's label. */
  label: string;
}

interface Pending {
  json: string;
  fileName: string;
  preview: BackupPreview;
}

const COLUMNS = ['added', 'changed', 'removed', 'unchanged', 'newerHere'] as const;
const COLUMN_NAMES: Record<(typeof COLUMNS)[number], [string, string]> = {
  added: ['新增', 'Added'],
  changed: ['修改', 'Changed'],
  removed: ['删除', 'Removed'],
  unchanged: ['不变', 'Unchanged'],
  newerHere: ['本机较新', 'Newer here'],
};

const when = (time: number, lang: Lang) => new Date(time).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

/**
 * Full-backup import: the file is previewed first (what changes, per record type, and which
 * local records are newer than the file's, each with keep mine / take theirs, keep mine by
 * default); only 导入 writes, after a snapshot of everything it overwrites (撤销 restores it).
 */
export function BackupImport({ lang, client, status, label }: Props) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [takeTheirs, setTakeTheirs] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pending]);

  /** Says the import failed, that nothing changed, and why. */
  function failed(reason: string) {
    status.alert(`${say(lang, '导入失败，现有数据没有改动。', 'Import failed; nothing was changed.')}\n${reason}`);
  }

  async function safely(work: () => Promise<unknown>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      // Never an unhandled rejection: whatever failed is said, and nothing was written.
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 300);
      failed(reason);
    } finally {
      setBusy(false);
    }
  }

  function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void safely(async () => {
      // Size, encoding and depth checked before anything parses the file (a 200 MB file is never read).
      const json = await readBackupBlob(file, lang);
      const reply = await client.request({ kind: 'previewImportAll', json });
      if (!reply.ok) return failed(describeError(reply.error));
      setTakeTheirs(new Set());
      setPending({ json, fileName: file.name, preview: reply.value });
    });
  }

  function apply() {
    if (!pending) return;
    void safely(async () => {
      const reply = await client.request({ kind: 'importAll', json: pending.json, fileName: pending.fileName, takeTheirs: [...takeTheirs] });
      setPending(null);
      if (!reply.ok) return failed(describeError(reply.error));
      const { written, kept, snapshotId } = reply.value;
      const text = say(lang, `导入完成：写入 ${written} 条记录，保留本机较新的 ${kept} 条。`, `Import done: ${written} records written, ${kept} newer local records kept.`);
      if (!snapshotId) return status.say(text);
      status.say(text, { label: say(lang, '撤销导入', 'Undo import'), run: () => undo(snapshotId) });
    });
  }

  async function undo(snapshotId: string) {
    await safely(async () => {
      const reply = await client.request({ kind: 'restoreSnapshot', id: snapshotId });
      if (!reply.ok) return status.alert(describeError(reply.error));
      status.say(say(lang, '已撤销导入：被覆盖的记录都已恢复原样。', 'Import undone: every record it overwrote is back as it was.'));
    });
  }

  function pick(id: string, theirs: boolean) {
    const next = new Set(takeTheirs);
    if (theirs) next.add(id);
    else next.delete(id);
    setTakeTheirs(next);
  }

  const preview = pending?.preview;
  return (
    <>
      <label class="file-button">
        {label}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => choose(e.currentTarget)} />
      </label>
      {pending && preview && (
        <div
          class="backup-preview"
          role="dialog"
          aria-modal="true"
          aria-labelledby="backup-preview-heading"
          onKeyDown={(e) => e.key === 'Escape' && setPending(null)}
        >
          <h3 id="backup-preview-heading" tabIndex={-1} ref={heading}>
            {say(lang, `导入前预览：${pending.fileName}`, `Before importing ${pending.fileName}`)}
          </h3>
          <p>
            {say(
              lang,
              `文件里有 ${preview.total} 条记录。导入会先保存它覆盖的全部数据（话术、分组、设置、使用次数……），之后可以一键撤销。`,
              `The file holds ${preview.total} records. The import first saves everything it overwrites (phrases, groups, settings, usage…), so it can be undone in one click.`,
            )}
          </p>
          <table>
            <caption>{say(lang, '按类型的改动', 'Changes by record type')}</caption>
            <thead>
              <tr>
                <th scope="col">{say(lang, '类型', 'Type')}</th>
                {COLUMNS.map((c) => (
                  <th scope="col" key={c}>
                    {say(lang, ...COLUMN_NAMES[c])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.types.map((row) => (
                <tr key={row.type}>
                  <th scope="row">{typeName(row.type, lang)}</th>
                  {COLUMNS.map((c) => (
                    <td key={c}>{row[c]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {preview.newerHere.length > 0 && (
            <section aria-labelledby="backup-newer-heading">
              <h4 id="backup-newer-heading">
                {say(lang, `本机有 ${preview.newerHere.length} 条记录比文件里的新`, preview.newerHere.length === 1 ? "One local record is newer than the file's" : `${preview.newerHere.length} local records are newer than the file's`)}
              </h4>
              <p>{say(lang, '默认保留本机的；要用文件里的，请逐条选择。', "Yours are kept by default; choose the file's one by one.")}</p>
              {preview.newerHere.map((n) => (
                <fieldset key={n.id}>
                  <legend>
                    {typeName(n.type, lang)} “{n.label}” ·{' '}
                    {say(lang, `本机 ${when(n.localUpdatedAt, lang)}，文件 ${when(n.importedUpdatedAt, lang)}`, `here ${when(n.localUpdatedAt, lang)}, file ${when(n.importedUpdatedAt, lang)}`)}
                  </legend>
                  <label>
                    <input type="radio" name={`choice-${n.id}`} checked={!takeTheirs.has(n.id)} onChange={() => pick(n.id, false)} />
                    {say(lang, '保留本机的', 'Keep mine')}
                  </label>
                  <label>
                    <input type="radio" name={`choice-${n.id}`} checked={takeTheirs.has(n.id)} onChange={() => pick(n.id, true)} />
                    {say(lang, '用文件里的', "Take the file's")}
                  </label>
                </fieldset>
              ))}
            </section>
          )}
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={apply}>
              {say(lang, '导入', 'Import')}
            </button>
            <button type="button" disabled={busy} onClick={() => setPending(null)}>
              {say(lang, '取消', 'Cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
