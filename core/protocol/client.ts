// Types and a few lines of code only: the content script and the sidebar frame import this file,
// and must not pull zod into their bundles.
import { say, type Lang } from '../i18n';
import type { UserError } from '../errors';
import { MESSAGE_CHANNEL, type Broadcast, type Envelope, type Reply } from './messages';
import type { Api } from './request';

/** Typed requests to the background: the message for a kind, and the reply that kind answers with. */
export interface ProtocolClient<A extends Api> {
  request<K extends keyof A & string>(req: { kind: K } & A[K]['request']): Promise<Reply<A[K]['reply']>>;
}

/** Wraps a body in our channel envelope, the only kind of message the background answers. */
export function envelope<T>(body: T): Envelope<T> {
  return { channel: MESSAGE_CHANNEL, body };
}

export interface ClientOptions {
  /** A new idempotency key (matching `REQUEST_KEY_PATTERN`); random by default. */
  newKey?: () => string;
  /**
   * Pauses before each retry, in ms: one retry per entry. The service worker can be stopped at any
   * moment (Chromium does after 30 s idle, or when it is killed); the next send wakes it again.
   */
  retryDelays?: readonly number[];
  wait?: (ms: number) => Promise<void>;
}

/** About 3 s in all: a woken worker answers within a second; longer means it is really gone. */
export const RETRY_DELAYS_MS: readonly number[] = [50, 150, 400, 800, 1600];

/** 128 random bits as 32 hex digits: unique enough that two requests never share a key. */
export function randomRequestKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `send` carries one envelope to the background and resolves with its answer, e.g.
 * `(msg) => browser.runtime.sendMessage(msg)`. Every request carries an idempotency key made once
 * for it; a send that fails or answers with something that is not a reply (the port closed, the
 * worker died) is sent again with the same key, so the background applies a write at most once.
 * When every try failed, the reply is `{ ok: false, error: { code: 'internal' } }` with a sentence
 * the seller can act on; `request` itself never throws.
 */
export function createProtocolClient<A extends Api>(
  send: (message: Envelope<unknown>) => Promise<unknown>,
  lang: Lang = 'zh',
  options: ClientOptions = {},
): ProtocolClient<A> {
  const { newKey = randomRequestKey, retryDelays = RETRY_DELAYS_MS, wait = (ms) => new Promise<void>((done) => setTimeout(done, ms)) } = options;
  const noAnswer = (): UserError => ({
    code: 'internal',
    message: say(
      lang,
      '扩展后台没有响应，请刷新页面后重试。如果仍然不行，请在扩展管理页重新加载客服侧边栏。',
      'The extension background did not answer. Reload the page and try again; if that does not help, reload Kefu Sidebar on the extensions page.',
    ),
  });
  return {
    async request(req) {
      const message: Envelope<unknown> = { ...envelope(req), key: newKey() };
      for (let attempt = 0; ; attempt++) {
        const answer = await send(message).catch(() => undefined);
        if (isReply(answer)) return answer as never;
        if (attempt >= retryDelays.length) return { ok: false, error: noAnswer() };
        await wait(retryDelays[attempt]!);
      }
    },
  };
}

function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

/** True for a change broadcast or command from our background (anything else on the channel is ignored). */
export function isBroadcast<Keys = unknown>(message: unknown): message is Envelope<Broadcast<Keys>> {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { channel?: unknown; body?: unknown };
  if (m.channel !== MESSAGE_CHANNEL || typeof m.body !== 'object' || m.body === null) return false;
  // A structural check, not zod: this runs in the content script, whose bundle stays small.
  const body = m.body as { kind?: unknown; records?: unknown };
  return body.kind === 'openSidebar' || body.kind === 'libraryReplaced' || (body.kind === 'recordsChanged' && Array.isArray(body.records));
}
