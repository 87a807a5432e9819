/**
 * The one seeded random source of the routing model: mulberry32 (32-bit state, fast, good enough
 * for a simulation). The same seed gives the same run on every machine.
 */
export type Random = () => number;

/** A generator of floats in [0, 1) for `seed` (taken as an unsigned 32-bit integer). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The seed of run `index` of a Monte Carlo started from `seed`: a hash of both (murmur3's
 * finaliser), so neighbouring runs do not get neighbouring, correlated states.
 */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed >>> 0) ^ Math.imul(index + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
