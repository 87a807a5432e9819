import type { ProtocolClient } from '../../core/client';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { LibraryState } from '../phrases/library-state';
import { describeError } from '../phrases/outcome-text';
import { formatDateTime } from './format';
import type { SnapshotInfo } from './manager-api';
import { m, type ManagerMessageKey } from './messages';
import type { Notice } from './notice';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
  notice: Notice;
}

const KNOWN_REASONS = new Set(['manual', 'import', 'bulk-delete', 'restore']);
const reasonText = (lang: Lang, reason: string) => (KNOWN_REASONS.has(reason) ? m(lang, `reason_${reason}` as ManagerMessageKey) : reason);

/** Snapshots of the library, newest first, each restorable after an inline confirmation. */
export function SnapshotsPanel({ lang, client, library, notice }: Props) {
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [label, setLabel] = useState('');

  async function refresh() {
    const reply = await client.request({ kind: 'listSnapshots' });
    if (reply.ok) {
      setSnapshots([...reply.value.snapshots].sort((a, b) => b.createdAt - a.createdAt));
      setError(null);
    } else {
      setError(describeError(reply.error));
    }
  }
  // A change of phrases or groups (a delete, an import, a restore elsewhere) may have made a
  // snapshot; usage counts merged in place keep these arrays, so an insertion does not refetch.
  const phrases = library.snapshot.value?.phrases;
  const groups = library.snapshot.value?.groups;
  useEffect(() => void refresh(), [phrases, groups]);

  async function backupNow(e: Event) {
    e.preventDefault();
    const reply = await client.request({ kind: 'createSnapshot', label: label.trim() });
    if (!reply.ok) return notice.alert(describeError(reply.error));
    setLabel('');
    notice.say(m(lang, 'backedUp'));
    await refresh();
  }

  async function restore(id: string) {
    setConfirming(null);
    const reply = await client.request({ kind: 'restoreSnapshot', id });
    if (!reply.ok) return notice.alert(describeError(reply.error));
    const before = reply.value.snapshotId;
    notice.say(m(lang, 'restored', { phrases: reply.value.phrases, groups: reply.value.groups }), {
      label: m(lang, 'undoRestore'),
      run: async () => {
        const undone = await client.request({ kind: 'restoreSnapshot', id: before });
        if (undone.ok) notice.say(m(lang, 'restoreUndone'));
        else notice.alert(describeError(undone.error));
      },
    });
    await refresh();
  }

  return (
    <section class="card" aria-labelledby="snapshots-heading">
      <h2 id="snapshots-heading">{m(lang, 'snapshotsHeading')}</h2>
      <p class="intro">{m(lang, 'snapshotsIntro')}</p>
      <form class="actions" onSubmit={backupNow}>
        <input class="label-input" aria-label={m(lang, 'backupLabel')} placeholder={m(lang, 'backupLabel')} value={label} maxLength={60} onInput={(e) => setLabel(e.currentTarget.value)} />
        <button type="submit" class="primary">
          {m(lang, 'backupNow')}
        </button>
      </form>
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      {snapshots === null && !error && <p class="muted">{m(lang, 'snapshotsLoading')}</p>}
      {snapshots?.length === 0 && <p class="muted">{m(lang, 'snapshotsEmpty')}</p>}
      {snapshots && snapshots.length > 0 && (
        <table class="snapshots" aria-label={m(lang, 'snapshotsTable')}>
          <thead>
            <tr>
              <th scope="col">{m(lang, 'colTime')}</th>
              <th scope="col">{m(lang, 'colReason')}</th>
              <th scope="col">{m(lang, 'colNote')}</th>
              <th scope="col">{m(lang, 'colCounts')}</th>
              <th scope="col">
                <span class="sr-only">{m(lang, 'colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => {
              const time = formatDateTime(lang, s.createdAt);
              return (
                <tr key={s.id}>
                  <td>{time}</td>
                  <td>{reasonText(lang, s.reason)}</td>
                  <td>{s.label}</td>
                  <td>{m(lang, 'snapshotCounts', { phrases: s.phraseCount, groups: s.groupCount })}</td>
                  <td class="row-end">
                    {confirming === s.id ? (
                      <span class="inline-confirm" role="group" aria-label={m(lang, 'restoreNamed', { time })}>
                        <span>{m(lang, 'confirmRestore')}</span>
                        <button type="button" class="primary small" onClick={() => restore(s.id)}>
                          {m(lang, 'confirmRestoreButton')}
                        </button>
                        <button type="button" class="small" onClick={() => setConfirming(null)}>
                          {m(lang, 'cancel')}
                        </button>
                      </span>
                    ) : (
                      <button type="button" class="small" aria-label={m(lang, 'restoreNamed', { time })} onClick={() => setConfirming(s.id)}>
                        {m(lang, 'restore')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
