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

/**
 * `send` carries one envelope to the background and resolves with its answer, e.g.
 * `(msg) => browser.runtime.sendMessage(msg)`. A send that fails or an answer that is not a reply
 * becomes `{ ok: false, error: { code: 'internal' } }` with a sentence the seller can act on;
 * `request` itself never throws.
 */
export function createProtocolClient<A extends Api>(send: (message: Envelope<unknown>) => Promise<unknown>, lang: Lang = 'zh'): ProtocolClient<A> {
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
      let answer: unknown;
      try {
        answer = await send(envelope(req));
      } catch {
        return { ok: false, error: noAnswer() };
      }
      if (!isReply(answer)) return { ok: false, error: noAnswer() };
      return answer as never;
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
