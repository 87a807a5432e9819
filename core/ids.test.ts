import { describe, expect, it } from 'vitest';
import { decodeTime } from 'ulid';
import { createIdMaker } from './ids';

describe('createIdMaker', () => {
  it('makes prefixed ULIDs carrying the injected time', () => {
    const newId = createIdMaker({ now: () => 1_764_000_000_000 });
    const id = newId('phr');
    expect(id).toMatch(/^phr_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(decodeTime(id.slice(4))).toBe(1_764_000_000_000);
  });

  it('gives distinct, ordered ids within one millisecond', () => {
    const newId = createIdMaker({ now: () => 1_764_000_000_000, random: () => 0.5 });
    const ids = Array.from({ length: 50 }, () => newId('grp'));
    expect(new Set(ids).size).toBe(50);
    expect([...ids].sort()).toEqual(ids);
  });
});
