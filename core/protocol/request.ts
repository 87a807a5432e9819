import type { z } from 'zod';
import type { StoredRecord } from '../store';
import type { SenderKind } from './messages';

/** What a request's handler gives back: the reply's value, and the records it wrote (for the broadcast). */
export interface Outcome<T> {
  value: T;
  written?: StoredRecord[];
}

/**
 * One request the background answers. `input` checks the message's fields (its `kind` is the name
 * it is listed under); `allow` names the sender kinds that may make it; `handle` runs it. The reply
 * type is what `handle` returns: nobody writes it down a second time.
 */
export interface RequestDef<Input extends z.ZodType = z.ZodType, T = unknown> {
  input: Input;
  allow: readonly SenderKind[];
  handle(input: z.output<Input>): Promise<Outcome<T>>;
}

/** Requests by kind, as an area (or the registry, for all areas) declares them. */
// `any`: each entry keeps its own input and value types; the table only says they are requests.
export type RequestTable = Record<string, RequestDef<any, any>>;

/** Declares a request; a function only so that TypeScript infers the input and reply types. */
export function defineRequest<Input extends z.ZodType, T>(def: RequestDef<Input, T>): RequestDef<Input, T> {
  return def;
}

/** The value a request's reply carries when it succeeds. */
export type ReplyValueOf<D> = D extends RequestDef<z.ZodType, infer T> ? T : never;

/**
 * The typed surface of a request table, for clients: per kind, the message a client sends (the
 * input's fields plus `kind`) and the value it gets back. Types only, so clients stay free of zod.
 */
export type ApiOf<Table extends RequestTable> = {
  [K in keyof Table & string]: { request: { kind: K } & Fields<z.input<Table[K]['input']>>; reply: ReplyValueOf<Table[K]> };
};
/** A request without fields (`z.object({})`, typed `Record<string, never>`) is just its kind. */
type Fields<T> = string extends keyof T ? {} : T;

/** Any API a client may speak: requests and replies by kind. */
export type Api = Record<string, { request: { kind: string }; reply: unknown }>;
