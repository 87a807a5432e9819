import { describe, expect, it, vi } from 'vitest';
import type { ProtocolClient } from '../../core/client';
import type { LibraryView } from '../../core/client';
import { createLibraryState } from './library-state';

function snapshotWith(usage: LibraryView['usage']): LibraryView {
  return { phrases: [], groups: [], selectorOverrides: [], usage, variableSettings: {}, sidebarCollapsed: {}, phraseIndex: { version: 1, phrases: [], groups: [] } } as LibraryView;
}

function setup() {
  const request = vi.fn(async () => ({ ok: true as const, value: snapshotWith({}) }));
  const library = createLibraryState({ request } as unknown as ProtocolClient);
  return { library, request };
}

describe('library state', () => {
  it('merges usage broadcasts without asking the background again', async () => {
    const { library, request } = setup();
    await library.load();
    expect(request).toHaveBeenCalledTimes(1);
    await library.applyChange([{ id: 'local:usage:phr_a', type: 'phraseUsage', phraseId: 'phr_a', count: 3, lastUsedAt: 99 }]);
    expect(request).toHaveBeenCalledTimes(1);
    expect(library.snapshot.value?.usage).toEqual({ phr_a: { count: 3, lastUsedAt: 99 } });
  });

  it('merges sidebar preferences without asking the background again', async () => {
    const { library, request } = setup();
    await library.load();
    await library.applyChange([{ id: 'local:settings:ui', type: 'uiPreferences', collapsed: { jd: true } }]);
    expect(request).toHaveBeenCalledTimes(1);
    expect(library.snapshot.value?.sidebarCollapsed).toEqual({ jd: true });
  });

  it('reloads for any other change', async () => {
    const { library, request } = setup();
    await library.load();
    await library.applyChange([{ id: 'phr_a', type: 'phrase', title: '改过的标题' }]);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('keeps the last good library and says why when loading fails', async () => {
    const request = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, value: snapshotWith({ phr_a: { count: 1, lastUsedAt: 1 } }) })
      .mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: '扩展后台没有响应' } });
    const library = createLibraryState({ request } as unknown as ProtocolClient);
    await library.load();
    await library.reload();
    expect(library.snapshot.value?.usage).toEqual({ phr_a: { count: 1, lastUsedAt: 1 } });
    expect(library.loadError.value?.message).toBe('扩展后台没有响应');
  });

  it('asks made while a fetch runs share one more fetch, which sees the latest library', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let served = 0;
    const request = vi.fn(async () => {
      served++;
      if (served === 1) await gate;
      return { ok: true as const, value: snapshotWith({ phr_a: { count: served, lastUsedAt: served } }) };
    });
    const library = createLibraryState({ request } as unknown as ProtocolClient);
    const first = library.reload();
    const second = library.reload();
    const third = library.reload();
    release();
    await Promise.all([first, second, third]);
    expect(request).toHaveBeenCalledTimes(2);
    expect(library.snapshot.value?.usage).toEqual({ phr_a: { count: 2, lastUsedAt: 2 } });
  });
});
