import { say, type Lang } from '../i18n';
import {
  MESSAGE_CHANNEL,
  type Broadcast,
  type Envelope,
  type Reply,
  type RequestKind,
  type RequestOf,
  type UserError,
} from './messages';

/** Typed requests to the background; used the same way by the sidebar and the options page. */
export interface ProtocolClient {
  request<K extends RequestKind>(req: RequestOf<K>): Promise<Reply<K>>;
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
export function createProtocolClient(send: (message: Envelope<unknown>) => Promise<unknown>, lang: Lang = 'zh'): ProtocolClient {
  const noAnswer = (): UserError => ({
    code: 'internal',
    message: say(
      lang,
      '扩展后台没有响应，请刷新页面后重试。如果仍然不行，请在扩展管理页重新加载客服侧边栏。',
      'The extension background did not answer. Reload the page and try again; if that does not help, reload Kefu Sidebar on the extensions page.',
    ),
  });
  return {
    async request<K extends RequestKind>(req: RequestOf<K>): Promise<Reply<K>> {
      let answer: unknown;
      try {
        answer = await send(envelope(req));
      } catch {
        return { ok: false, error: noAnswer() };
      }
      if (!isReply(answer)) return { ok: false, error: noAnswer() };
      return answer as Reply<K>;
    },
  };
}

function isReply(value: unknown): value is Reply<RequestKind> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

/** True for a change broadcast or command from our background (anything else on the channel is ignored). */
export function isBroadcast(message: unknown): message is Envelope<Broadcast> {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { channel?: unknown; body?: unknown };
  if (m.channel !== MESSAGE_CHANNEL || typeof m.body !== 'object' || m.body === null) return false;
  // A structural check, not zod: this runs in the content script, whose bundle stays small.
  const body = m.body as { kind?: unknown; records?: unknown };
  return body.kind === 'openSidebar' || body.kind === 'libraryReplaced' || (body.kind === 'recordsChanged' && Array.isArray(body.records));
}
