// Types only (and one constant): the content script imports this file, and must not pull zod in.
import type { UserError } from '../errors';

export type { UserError } from '../errors';

/**
 * Who sent a request, as the background tells from the sender's URL (never from the message):
 * `console` = the content script on a console, the sidebar frame, the side panel;
 * `options` = the options page. Each request lists the kinds that may make it.
 */
export type SenderKind = 'console' | 'options';
export const SENDER_KINDS: readonly SenderKind[] = ['console', 'options'];
/** Reading, inserting, and changing one phrase or one setting: any of our pages may. */
export const ANY_PAGE: readonly SenderKind[] = SENDER_KINDS;
/** Import, restore, full export, bulk changes: only the options page (DESIGN: authority). */
export const OPTIONS_ONLY: readonly SenderKind[] = ['options'];

/** A request's answer: its value, or a failure in words. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: UserError };

/** Pushed by the background to every open tab and extension page after a write or a command. */
export type Broadcast<Keys = unknown> =
  /**
   * Records written in one transaction (tombstones included; a library snapshot without its
   * contents), with the search keys of the phrases and groups among them (`Keys`, the library area's shape): receivers patch their
   * state with it and fetch nothing.
   */
  | { kind: 'recordsChanged'; records: unknown[]; keys?: Keys }
  /** A write too large to send (an import, a restore, a bulk delete): receivers read the library again. */
  | { kind: 'libraryReplaced' }
  /** Keyboard command: open the sidebar and focus phrase search. */
  | { kind: 'openSidebar' };

/** Marks our messages so a receiver can tell them from anything else on the runtime channel. */
export const MESSAGE_CHANNEL = 'kefu-sidebar/v1';
export interface Envelope<T> {
  channel: typeof MESSAGE_CHANNEL;
  body: T;
  /**
   * The request's idempotency key: made by the client once per request and sent again on each
   * retry, so that a write whose reply was lost (the service worker died) is applied once.
   */
  key?: string;
}

/** What a client's key looks like (letters, digits, `_` and `-`): checked by the background. */
export const REQUEST_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
