import { monotonicFactory } from 'ulid';

export interface IdMakerDeps {
  /** Milliseconds since the epoch; the time part of every id. */
  now: () => number;
  /** A number in [0, 1); defaults to the platform's crypto-backed generator. */
  random?: () => number;
}

/** Makes `newId(prefix)`, e.g. `phr_01JD…`: a type prefix plus a ULID, unique across machines (DESIGN: sync). */
export function createIdMaker({ now, random }: IdMakerDeps): (prefix: string) => string {
  // Monotonic so two ids made in the same millisecond still sort in creation order.
  const next = monotonicFactory(random);
  return (prefix) => `${prefix}_${next(now())}`;
}
