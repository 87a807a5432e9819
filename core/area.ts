import { joinMigrations, type Migration, type RecordSchemas } from './store';
import type { RequestTable } from './protocol';

/**
 * What one core area brings to the extension, declared in one place (`core/<area>/area.ts`): the
 * record types it stores, the migration steps of its records, and the requests it answers (built
 * from the services the background wires). `core/areas.ts` lists the areas; the store's record
 * registry, the migrations and the protocol are assembled from that list.
 */
export interface Area<Services = unknown, Requests extends RequestTable = RequestTable> {
  name: string;
  records?: RecordSchemas;
  migrations?: readonly Migration[];
  requests?: (services: Services) => Requests;
}

/** Declares an area; a function only so that TypeScript infers its services and requests. */
export function defineArea<Services = unknown, Requests extends RequestTable = Record<never, never>>(
  area: Area<Services, Requests>,
): Area<Services, Requests> {
  return area;
}

// `any`: areas differ in services and requests; the types below take each area's own.
type AnyArea = Area<any, any>;
/** The services every area needs, together (an area without requests needs none). */
export type ServicesOf<A extends readonly AnyArea[]> = A extends readonly [infer First, ...infer Rest extends readonly AnyArea[]]
  ? (First extends Area<infer S, RequestTable> ? (unknown extends S ? {} : S) : {}) & ServicesOf<Rest>
  : {};
/** Every area's requests in one table, each kind with its own input and reply types. */
export type RequestsOf<A extends readonly AnyArea[]> = A extends readonly [infer First, ...infer Rest extends readonly AnyArea[]]
  ? (First extends Area<never, infer R> ? R : {}) & RequestsOf<Rest>
  : {};

export interface AssembledAreas<A extends readonly AnyArea[]> {
  /** Every record type the extension stores, with its schema: what the store and imports check against. */
  schemas: RecordSchemas;
  /** The areas' migration steps, one per version. */
  migrations: readonly Migration[];
  /** Every area's requests, built from the services (what the request handler serves). */
  requests(services: ServicesOf<A>): RequestsOf<A>;
}

/**
 * Joins areas into the registries the store and the protocol take. Two areas declaring the same
 * record type or request kind is a programming error and throws at once (on load, in every test).
 */
export function assembleAreas<const A extends readonly AnyArea[]>(areas: A): AssembledAreas<A> {
  const schemas = joinUnique(areas.map((a) => [a.name, a.records ?? {}]), 'record type');
  const migrations = joinMigrations(areas.flatMap((a) => a.migrations ?? []));
  return {
    schemas,
    migrations,
    requests: (services) =>
      joinUnique(
        areas.map((a) => [a.name, a.requests?.(services) ?? {}]),
        'request',
      ) as RequestsOf<A>,
  };
}

function joinUnique<T>(parts: ReadonlyArray<readonly [string, Readonly<Record<string, T>>]>, what: string): Record<string, T> {
  const joined: Record<string, T> = {};
  const owner = new Map<string, string>();
  for (const [area, entries] of parts) {
    for (const [key, value] of Object.entries(entries)) {
      if (owner.has(key)) throw new Error(`${what} ${key} is declared by two areas: ${owner.get(key)} and ${area}`);
      owner.set(key, area);
      joined[key] = value;
    }
  }
  return joined;
}
