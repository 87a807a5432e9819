import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * MV3 forbids `eval` in extension pages and the service worker. zod probes `new Function` when it
 * builds an object schema unless it is jitless; `core/zod-jitless` sets that, first thing.
 */
const RealFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = RealFunction;
});

/** Builds and uses a schema on a fresh zod, counting `new Function` calls. */
async function probesWith(setup: () => Promise<unknown>): Promise<number> {
  vi.resetModules();
  let calls = 0;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args) {
      calls++;
      return Reflect.construct(target, args);
    },
  });
  await setup();
  const { z } = await import('zod');
  z.object({ name: z.string(), tags: z.array(z.string()) }).parse({ name: 'x', tags: [] });
  return calls;
}

describe('zod runs jitless', () => {
  it('without the setting, zod probes new Function (what the check below catches)', async () => {
    expect(await probesWith(async () => undefined)).toBeGreaterThan(0);
  });

  it('with core/zod-jitless imported first, building and using schemas never calls new Function', async () => {
    expect(await probesWith(() => import('../../core/zod-jitless'))).toBe(0);
  });

  it('every entrypoint that loads zod imports it before anything else (the sidebar frame and the side panel load none)', () => {
    for (const file of ['entrypoints/background.ts', 'entrypoints/options/main.tsx']) {
      const firstImport = readFileSync(file, 'utf8').split('\n').find((line) => line.startsWith('import '));
      expect(firstImport, file).toMatch(/^import '(\.\.\/)+core\/zod-jitless';/);
    }
  });
});
