import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { ProtocolClient, ReplyOf } from '../../core/client';
import type { Lang } from '../../core/i18n';
import { checkServerUrl, describeConnectFailure } from '../../core/team';
import type { Notice } from '../manager/notice';
import { browserHostAccess, type HostAccess } from './host-access';
import { tt } from './messages';
import { whenText } from './when';
import './team.css';

type TeamStatus = ReplyOf<'team.status'>;
type Busy = 'connect' | 'sync' | 'leave' | null;

/** How often the open tab reads the status again (the background's alarm syncs every 2 minutes). */
const REFRESH_MS = 15_000;

interface Props {
  lang: Lang;
  client: ProtocolClient;
  notice: Notice;
  hostAccess?: HostAccess;
}

/**
 * 团队同步: the form that joins a team (server, user, password), then who I am, my role, the server,
 * the last sync and the last failure in words, with 立即同步 and 退出团队. The password field is
 * cleared as soon as it was sent; nothing here keeps it.
 */
export function TeamSettings({ lang, client, notice, hostAccess = browserHostAccess }: Props) {
  const status = useSignal<TeamStatus | null>(null);
  const busy = useSignal<Busy>(null);
  const error = useSignal<string | null>(null);
  const confirming = useSignal(false);
  const now = useSignal(Date.now());
  const heading = useRef<HTMLHeadingElement>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const leaveButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  async function refresh(): Promise<void> {
    const reply = await client.request({ kind: 'team.status' });
    now.value = Date.now();
    if (reply.ok && busy.value === null) status.value = reply.value;
    else if (!reply.ok && status.value === null) error.value = reply.error.message;
  }

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  // Focus follows the confirmation: onto 确认退出 when it opens, back to 退出团队 when cancelled.
  const backToLeave = useRef(false);
  useEffect(() => {
    if (confirming.value) confirmButton.current?.focus();
    else if (backToLeave.current) leaveButton.current?.focus();
    backToLeave.current = false;
  }, [confirming.value]);

  function settle(next: TeamStatus): void {
    status.value = next;
    now.value = Date.now();
    // The view changed under the focus (form ↔ status): start again at the tab's heading.
    queueMicrotask(() => heading.current?.focus());
  }

  async function connect(event: Event): Promise<void> {
    event.preventDefault();
    if (busy.value) return;
    const form = event.currentTarget as HTMLFormElement;
    const fields = new FormData(form);
    const serverUrl = String(fields.get('serverUrl') ?? '');
    const user = String(fields.get('user') ?? '').trim();
    const password = String(fields.get('password') ?? '');
    const checked = checkServerUrl(serverUrl, lang);
    if (!checked.ok) return fail(checked.message, urlInput.current);
    if (user === '') return fail(tt(lang, 'needUser'), form.elements.namedItem('user') as HTMLInputElement);
    if (password === '') return fail(tt(lang, 'needPassword'), passwordInput.current);
    error.value = null;
    busy.value = 'connect';
    // First, before any other await: the browser shows its prompt only while the click is fresh.
    const granted = await hostAccess.request(checked.origin);
    if (!granted) {
      busy.value = null;
      return fail(describeConnectFailure('no-permission', lang), urlInput.current);
    }
    const reply = await client.request({ kind: 'team.connect', serverUrl: checked.origin, user, password });
    busy.value = null;
    if (passwordInput.current) passwordInput.current.value = '';
    if (!reply.ok) {
      // Not connected: the permission for this server goes back at once.
      await hostAccess.remove(checked.origin);
      return fail(reply.error.message, reply.error.code === 'unauthorized' ? passwordInput.current : urlInput.current);
    }
    const role = reply.value.role ? tt(lang, `role_${reply.value.role}`) : tt(lang, 'role_none');
    notice.say(tt(lang, 'connected', { user: reply.value.userName ?? '', role }));
    settle(reply.value);
  }

  function fail(message: string, focus: HTMLInputElement | null | undefined): void {
    error.value = message;
    focus?.focus();
  }

  async function syncNow(): Promise<void> {
    if (busy.value) return;
    busy.value = 'sync';
    const reply = await client.request({ kind: 'team.syncNow' });
    busy.value = null;
    now.value = Date.now();
    if (!reply.ok) return void notice.alert(reply.error.message);
    status.value = reply.value;
    const failure = reply.value.lastFailure;
    if (failure && !failure.stale) notice.alert(failure.message);
    else notice.say(tt(lang, 'synced'));
  }

  async function leave(): Promise<void> {
    if (busy.value) return;
    confirming.value = false;
    busy.value = 'leave';
    const reply = await client.request({ kind: 'team.leave' });
    busy.value = null;
    if (!reply.ok) return void notice.alert(reply.error.message);
    notice.say(tt(lang, 'left'));
    settle(reply.value);
  }

  function cancelLeave(): void {
    backToLeave.current = true;
    confirming.value = false;
  }

  const current = status.value;
  return (
    <section class="card team" aria-labelledby="team-heading" aria-busy={busy.value !== null || current === null ? 'true' : 'false'}>
      <h2 id="team-heading" ref={heading} tabIndex={-1}>
        {tt(lang, 'heading')}
      </h2>
      <p class="intro">{tt(lang, 'intro')}</p>
      {current === null ? (
        error.value ? <p class="alert" role="alert">{error.value}</p> : <p class="hint">{tt(lang, 'loading')}</p>
      ) : current.connected ? (
        <>
          <dl class="team-facts" aria-label={tt(lang, 'factsLabel')}>
            <dt>{tt(lang, 'me')}</dt>
            <dd>{current.userName}</dd>
            <dt>{tt(lang, 'role')}</dt>
            <dd>
              {current.role ? tt(lang, `role_${current.role}`) : tt(lang, 'role_none')}
              {current.role && <span class="hint"> · {tt(lang, `roleHint_${current.role}`)}</span>}
            </dd>
            <dt>{tt(lang, 'server')}</dt>
            <dd>
              <code>{current.serverUrl}</code>
            </dd>
            <dt>{tt(lang, 'lastSync')}</dt>
            <dd>{current.lastSuccessAt !== undefined ? whenText(lang, current.lastSuccessAt, now.value) : tt(lang, 'neverSynced')}</dd>
            {current.lastFailure && (
              <>
                <dt>{tt(lang, 'lastFailure')}</dt>
                <dd class={current.lastFailure.stale ? 'team-failure stale' : 'team-failure'}>
                  {current.lastFailure.message} {whenText(lang, current.lastFailure.at, now.value)}
                  {current.lastFailure.stale && ` ${tt(lang, 'failureResolved')}`}
                </dd>
              </>
            )}
          </dl>
          <div class="actions">
            <button type="button" class="primary" disabled={busy.value !== null} onClick={() => void syncNow()}>
              {busy.value === 'sync' ? tt(lang, 'syncing') : tt(lang, 'syncNow')}
            </button>
            {!confirming.value && (
              <button type="button" class="danger" ref={leaveButton} disabled={busy.value !== null} onClick={() => (confirming.value = true)}>
                {busy.value === 'leave' ? tt(lang, 'leaving') : tt(lang, 'leave')}
              </button>
            )}
          </div>
          {confirming.value && (
            <div class="inline-confirm team-confirm" role="group" aria-labelledby="team-confirm-text">
              <p id="team-confirm-text">{tt(lang, 'confirmLeave')}</p>
              <div class="actions">
                <button type="button" class="danger-fill" ref={confirmButton} onClick={() => void leave()}>
                  {tt(lang, 'confirmLeaveButton')}
                </button>
                <button type="button" onClick={cancelLeave}>
                  {tt(lang, 'cancel')}
                </button>
              </div>
            </div>
          )}
          <p class="hint">{tt(lang, 'leaveHint')}</p>
        </>
      ) : (
        <form class="team-form" onSubmit={(e) => void connect(e)} noValidate>
          <label>
            {tt(lang, 'serverUrl')}
            <input ref={urlInput} name="serverUrl" type="url" inputMode="url" autoComplete="url" spellcheck={false} maxLength={300} placeholder="https://couch.example.com" aria-describedby="team-url-hint" />
          </label>
          <p id="team-url-hint" class="hint">
            {tt(lang, 'serverUrlHint')}
          </p>
          <label>
            {tt(lang, 'user')}
            <input name="user" autoComplete="username" spellcheck={false} maxLength={80} />
          </label>
          <label>
            {tt(lang, 'password')}
            <input ref={passwordInput} name="password" type="password" autoComplete="current-password" maxLength={200} aria-describedby="team-password-hint" />
          </label>
          <p id="team-password-hint" class="hint">
            {tt(lang, 'passwordHint')}
          </p>
          <p class="hint">{tt(lang, 'leaveHint')}</p>
          {error.value && (
            <p class="alert" role="alert">
              {error.value}
            </p>
          )}
          <p class="hint">{tt(lang, 'permissionHint')}</p>
          <div class="actions">
            <button type="submit" class="primary" disabled={busy.value !== null}>
              {busy.value === 'connect' ? tt(lang, 'connecting') : tt(lang, 'connect')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
