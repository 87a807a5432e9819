import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { CleanupCandidate, LastCleanup } from '../../core/customers';
import type { Lang } from '../../core/i18n';
import type { Notice } from '../manager/notice';
import { when } from './format';
import { cm } from './messages';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  notice: Notice;
}

/** Rows the preview draws; the rest are counted (and, chosen as a whole, still cleaned up). */
const SHOWN_ROWS = 300;

/** Inactive-contact cleanup: pick "not contacted for N days", preview, untick any to keep, remove; undo puts them back exactly. */
export function CleanupCard({ lang, client, notice }: Props) {
  const days = useSignal('90');
  const preview = useSignal<{ days: number; candidates: CleanupCandidate[]; kept: number } | null>(null);
  const keep = useSignal<ReadonlySet<string>>(new Set());
  const last = useSignal<LastCleanup | null>(null);

  const parsedDays = () => {
    const n = Number(days.value);
    return Number.isInteger(n) && n >= 1 && n <= 3650 ? n : null;
  };

  async function runPreview() {
    const n = parsedDays();
    if (n === null) return notice.alert(cm(lang, 'daysInvalid'));
    const reply = await client.request({ kind: 'previewCustomerCleanup', days: n });
    if (!reply.ok) return notice.alert(reply.error.message);
    preview.value = { days: n, candidates: reply.value.candidates, kept: reply.value.kept };
    keep.value = new Set();
    last.value = reply.value.lastCleanup;
  }

  async function lastOnly() {
    const reply = await client.request({ kind: 'previewCustomerCleanup', days: 3650 });
    if (reply.ok) last.value = reply.value.lastCleanup;
  }
  useEffect(() => void lastOnly(), []);

  async function undo(id: string) {
    const reply = await client.request({ kind: 'undoCustomerCleanup', id });
    if (!reply.ok) return notice.alert(reply.error.message);
    const { restored, skipped } = reply.value;
    notice.say(skipped > 0 ? cm(lang, 'undoneSkipped', { count: restored, skipped }) : cm(lang, 'undone', { count: restored }));
    preview.value = null;
    await lastOnly();
  }

  async function cleanUp() {
    const p = preview.value;
    if (!p) return;
    const ids = p.candidates.filter((c) => !keep.value.has(c.id)).map((c) => c.id);
    const reply = await client.request({ kind: 'cleanUpCustomers', days: p.days, ids });
    if (!reply.ok) return notice.alert(reply.error.message);
    const { undoId, removed } = reply.value;
    notice.say(cm(lang, 'cleaned', { count: removed }), { label: cm(lang, 'undo'), run: async () => void (await undo(undoId)) });
    preview.value = null;
    await lastOnly();
  }

  const p = preview.value;
  const chosen = p ? p.candidates.length - keep.value.size : 0;
  return (
    <section class="rd-card" aria-labelledby="cust-cleanup-heading">
      <h3 id="cust-cleanup-heading">{cm(lang, 'cleanupHeading')}</h3>
      <p class="hint">{cm(lang, 'cleanupIntro')}</p>
      <form class="actions" onSubmit={(e) => (e.preventDefault(), void runPreview())}>
        <label class="inline">
          {cm(lang, 'inactiveDays')}
          <input type="number" min={1} max={3650} value={days.value} onInput={(e) => (days.value = e.currentTarget.value)} />
        </label>
        <button type="submit">{cm(lang, 'preview')}</button>
      </form>
      {last.value && (
        <p class="hint actions">
          {cm(lang, 'lastCleanup', { when: when(lang, last.value.at), count: last.value.count })}
          <button type="button" class="small" onClick={() => undo(last.value!.id)}>
            {cm(lang, 'undo')}
          </button>
        </p>
      )}
      {p && (
        <div class="cust-preview">
          <p>{p.candidates.length === 0 ? cm(lang, 'previewNone', { days: p.days }) : cm(lang, 'previewCount', { count: p.candidates.length, days: p.days })}</p>
          {p.kept > 0 && <p class="hint">{cm(lang, 'keptOpen', { count: p.kept })}</p>}
          {p.candidates.length > 0 && (
            <>
              <ul class="cust-preview-list" aria-label={cm(lang, 'previewLabel')}>
                {p.candidates.slice(0, SHOWN_ROWS).map((c) => (
                  <li key={c.id}>
                    <label class="inline">
                      <input
                        type="checkbox"
                        checked={!keep.value.has(c.id)}
                        aria-label={cm(lang, 'chooseRow', { name: c.label })}
                        onChange={() => {
                          const next = new Set(keep.value);
                          if (next.has(c.id)) next.delete(c.id);
                          else next.add(c.id);
                          keep.value = next;
                        }}
                      />
                      <bdi>{c.label}</bdi>
                    </label>
                    <span class="hint">{c.site}</span>
                    <span class="hint">{cm(lang, 'lastSeen', { when: when(lang, c.lastContactAt) })}</span>
                    {c.hasNotes && <span class="badge">{cm(lang, 'hasNotes')}</span>}
                  </li>
                ))}
              </ul>
              {p.candidates.length > SHOWN_ROWS && <p class="hint">…{p.candidates.length - SHOWN_ROWS}</p>}
              <div class="actions">
                <button type="button" class="danger" disabled={chosen === 0} onClick={() => void cleanUp()}>
                  {cm(lang, 'cleanUp', { count: chosen })}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
