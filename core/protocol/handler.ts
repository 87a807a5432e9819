import type { z } from 'zod';
import { say, type Lang } from '../i18n';
import { UserFacingError, type UserError } from '../errors';
import { capDetails, describeIssue, type StoredRecord } from '../store';
import { MESSAGE_CHANNEL, REQUEST_KEY_PATTERN, type Envelope, type Reply, type SenderKind } from './messages';
import type { Outcome, RequestTable } from './request';

export interface RequestHandlerDeps {
  lang: Lang;
  /** Called with the records each request wrote (tombstones included), for the change broadcast. */
  onWritten?: (records: StoredRecord[]) => void;
  /** Reports an unexpected error once (the seller only sees a short sentence). */
  onUnexpectedError?: (error: unknown) => void;
  /**
   * Runs a request that carries an idempotency key so that its writes are applied at most once
   * (`RecordStore.keyed`): `key` names the request kind and the client's key.
   */
  keyed?: <T>(key: string, start: () => T) => T;
}

/** Answers one message from a sender of the given kind (told by the background, never by the message). */
export type RequestHandler = (raw: unknown, sender: SenderKind) => Promise<Reply<unknown>>;

/** True when `raw` is wrapped in our channel's envelope (its body is not checked yet). */
export function isEnvelope(raw: unknown): raw is Envelope<unknown> {
  return typeof raw === 'object' && raw !== null && (raw as { channel?: unknown }).channel === MESSAGE_CHANNEL && 'body' in raw;
}

/**
 * The background's one entry for requests: unwraps the envelope, finds the request by its kind,
 * refuses a sender the request does not allow, validates the fields with the request's schema, runs
 * it and answers with a `Reply`; never throws and never leaks a stack trace.
 */
export function createRequestHandler(requests: RequestTable, deps: RequestHandlerDeps): RequestHandler {
  const { lang } = deps;
  const fail = (error: UserError): Reply<unknown> => ({ ok: false, error });
  const cannotHandle = (details?: string[]) =>
    fail({
      code: 'invalid-request',
      message: say(
        lang,
        '扩展收到了一个无法处理的请求，没有做任何改动。请刷新页面后重试。',
        'The extension got a request it cannot handle and changed nothing. Reload the page and try again.',
      ),
      ...(details ? { details } : {}),
    });

  return async (raw, sender) => {
    if (!isEnvelope(raw)) {
      return fail({
        code: 'unauthorized',
        message: say(lang, '收到一条不属于客服侧边栏的消息，已忽略。', 'A message that does not belong to Kefu Sidebar was ignored.'),
      });
    }
    const kind = (raw.body as { kind?: unknown } | null)?.kind;
    const request = typeof kind === 'string' && Object.hasOwn(requests, kind) ? requests[kind] : undefined;
    if (!request) return cannotHandle([say(lang, `未知的请求 ${String(kind)}`, `unknown request ${String(kind)}`)]);
    if (!request.allow.includes(sender)) {
      return fail({
        code: 'unauthorized',
        message: say(
          lang,
          '这一步只能在客服侧边栏的设置页里做（导入、恢复、整体导出、批量删除或移动），没有做任何改动。请打开设置页再试。',
          'This can only be done on the Kefu Sidebar options page (import, restore, full export, bulk delete or move); nothing was changed. Open the options page and try again.',
        ),
        details: [say(lang, `请求 ${kind}，来自${sender === 'console' ? '客服台页面' : '设置页'}`, `request ${kind}, from ${sender === 'console' ? 'a console page' : 'the options page'}`)],
      });
    }
    const key = (raw as { key?: unknown }).key;
    if (key !== undefined && (typeof key !== 'string' || !REQUEST_KEY_PATTERN.test(key))) {
      return cannotHandle([say(lang, '请求的幂等键格式不对', 'the request key is malformed')]);
    }
    const parsed = request.input.safeParse(raw.body);
    if (!parsed.success) {
      return cannotHandle(
        capDetails(
          parsed.error.issues.map((issue: z.core.$ZodIssue) => describeIssue(issue, lang)),
          lang,
        ),
      );
    }
    try {
      const start = () => request.handle(parsed.data);
      // The kind is part of the key: a key reused for another request never answers for it.
      const { value, written }: Outcome<unknown> = await (key !== undefined && deps.keyed ? deps.keyed(`${kind}:${key}`, start) : start());
      if (written && written.length > 0) {
        try {
          deps.onWritten?.(written);
        } catch (error) {
          deps.onUnexpectedError?.(error); // a failed broadcast must not turn a saved change into an error
        }
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof UserFacingError) return fail(error.toUserError());
      deps.onUnexpectedError?.(error);
      return fail({
        code: 'internal',
        message: say(
          lang,
          '扩展内部出错，这次操作没有完成。请重试；如果反复出现，请重新加载扩展。',
          'Something went wrong inside the extension and this action did not complete. Try again; if it keeps happening, reload the extension.',
        ),
      });
    }
  };
}
