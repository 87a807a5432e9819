import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { createFlakyBackend, createTestStore } from '../../test/helpers/store';
import { STALE_AFTER_MS, createUsageService, usageRecordId, usageReport } from '.';

describe('usage recording', () => {
  it('counts insertions per phrase in a local record and shows them in the snapshot', async () => {
    const backend = createFlakyBackend();
    let t = 1_764_000_000_000;
    const now = () => (t += 1000);
    const store = createTestStore({ backend, now, actor: 'dev', lang: 'en' });
    const library = createLibraryService({ store, newId: createIdMaker({ now }), lang: 'en' });
    const usage = createUsageService({ store, now, lang: 'en' });
    const { value: a } = await library.savePhrase({ title: 'a', text: 'a', groupId: null });
    const { value: b } = await library.savePhrase({ title: 'b', text: 'b', groupId: null });

    expect((await usage.recordUsage(a.id)).value).toEqual({ count: 1 });
    const second = await usage.recordUsage(a.id);
    expect(second.value).toEqual({ count: 2 });
    expect(second.written).toEqual([expect.objectContaining({ id: usageRecordId(a.id), type: 'phraseUsage', scope: 'local', phraseId: a.id, count: 2 })]);
    await usage.recordUsage(b.id);

    const snap = await library.view();
    expect(snap.usage[a.id]).toEqual({ count: 2, lastUsedAt: second.written[0]!.lastUsedAt });
    expect(snap.usage[b.id]?.count).toBe(1);
    expect(usageRecordId(a.id).startsWith('local:')).toBe(true);

    await expect(usage.recordUsage('phr_gone')).rejects.toMatchObject({ code: 'not-found' });
    backend.failCommits(true);
    await expect(usage.recordUsage(a.id)).rejects.toMatchObject({ code: 'storage-failed' });
    backend.failCommits(false);
    expect((await usage.recordUsage(a.id)).value.count).toBe(3);
  });
});

describe('usageReport', () => {
  const now = 1_800_000_000_000;
  const day = 24 * 60 * 60 * 1000;

  it('lists never-used and stale phrases, the top five per stage and the total', () => {
    const phrases = [
      { id: 'p1', stage: 'presale' as const },
      { id: 'p2', stage: 'presale' as const },
      { id: 'p3', stage: 'aftersale' as const },
      { id: 'p4', stage: null },
      { id: 'p5', stage: 'presale' as const },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `q${i}`, stage: 'closing' as const })),
    ];
    const usage = {
      p1: { count: 3, lastUsedAt: now - 1 * day },
      p2: { count: 9, lastUsedAt: now - 40 * day },
      p3: { count: 1, lastUsedAt: now - 31 * day },
      p4: { count: 2, lastUsedAt: now - 29 * day },
      p5: { count: 0, lastUsedAt: 0 },
      deleted: { count: 100, lastUsedAt: now },
      ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`q${i}`, { count: i + 1, lastUsedAt: now - i }])),
    };
    const report = usageReport(phrases, usage, now);
    expect(report.neverUsed).toEqual(['p5']);
    expect(report.staleSince30Days).toEqual(['p2', 'p3']);
    expect(report.topByStage.presale).toEqual([
      { id: 'p2', count: 9 },
      { id: 'p1', count: 3 },
    ]);
    expect(report.topByStage.aftersale).toEqual([{ id: 'p3', count: 1 }]);
    expect(report.topByStage.none).toEqual([{ id: 'p4', count: 2 }]);
    expect(report.topByStage.insale).toEqual([]);
    expect(report.topByStage.promotion).toEqual([]);
    expect(report.topByStage.closing.map((e) => e.id)).toEqual(['q5', 'q4', 'q3', 'q2', 'q1']);
    // Only the phrases given count (a deleted phrase's usage does not).
    expect(report.totalInsertions).toBe(3 + 9 + 1 + 2 + 21);
  });

  it('30 days exactly is not stale yet; ties are broken by the latest use', () => {
    const report = usageReport(
      [
        { id: 'a', stage: 'insale' },
        { id: 'b', stage: 'insale' },
      ],
      { a: { count: 2, lastUsedAt: now - STALE_AFTER_MS }, b: { count: 2, lastUsedAt: now - 5 } },
      now,
    );
    expect(report.staleSince30Days).toEqual([]);
    expect(report.topByStage.insale.map((e) => e.id)).toEqual(['b', 'a']);
    expect(usageReport([], {}, now)).toMatchObject({ neverUsed: [], staleSince30Days: [], totalInsertions: 0 });
  });
});
