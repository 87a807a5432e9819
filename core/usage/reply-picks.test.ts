import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { createFlakyBackend, createTestStore } from '../../test/helpers/store';
import {
  PICK_QUESTION_MAX,
  REPLY_PICKS_ID,
  REPLY_PICKS_MAX,
  addPick,
  createUsageService,
  foldQuestion,
  forgetPicks,
  livePicks,
  mostPickedPhrases,
  replyPicksRecordSchema,
  type ReplyPick,
} from '.';

describe('foldQuestion', () => {
  it('folds width and case, collapses spaces, keeps one line per message and drops blank ones', () => {
    expect(foldQuestion('  ＡＢＣ　包邮吗？ \n\n  发 顺丰\t吗  ')).toBe('abc 包邮吗?\n发 顺丰 吗');
    expect(foldQuestion(' \n\t　')).toBe('');
  });

  it('drops control and direction characters and cuts long text without splitting a character', () => {
    expect(foldQuestion('a\u0000b\u202ec\u200bd\u0007')).toBe('abcd');
    expect(foldQuestion('x'.repeat(10_000))).toHaveLength(PICK_QUESTION_MAX);
    const emoji = 'a' + '😀'.repeat(200); // 1 + 400 UTF-16 units
    const folded = foldQuestion(emoji);
    expect(folded.length).toBeLessThanOrEqual(PICK_QUESTION_MAX);
    expect(folded.endsWith('😀')).toBe(true);
  });

  it('keeps hostile markup as plain text', () => {
    expect(foldQuestion('<img src=x onerror=alert(1)>包邮吗')).toBe('<img src=x onerror=alert(1)>包邮吗');
  });
});

describe('addPick', () => {
  it('merges the same folded question and phrase (count + 1, newest time, moved to the front)', () => {
    let picks = addPick([], '包邮吗', 'phr_a', 100);
    picks = addPick(picks, '几天到', 'phr_b', 200);
    picks = addPick(picks, ' 包邮吗 ', 'phr_a', 300);
    expect(picks).toEqual([
      { question: '包邮吗', phraseId: 'phr_a', at: 300, count: 2 },
      { question: '几天到', phraseId: 'phr_b', at: 200, count: 1 },
    ]);
    // Same question, another phrase: its own entry.
    picks = addPick(picks, '包邮吗', 'phr_c', 400);
    expect(picks.map((p) => [p.phraseId, p.count])).toEqual([
      ['phr_c', 1],
      ['phr_a', 2],
      ['phr_b', 1],
    ]);
  });

  it('remembers nothing for a blank question (the same list back)', () => {
    const picks: ReplyPick[] = [{ question: 'q', phraseId: 'phr_a', at: 1, count: 1 }];
    expect(addPick(picks, '  \n ', 'phr_b', 5)).toBe(picks);
  });

  it(`keeps at most ${REPLY_PICKS_MAX}: the least recently picked go first, however often they were picked`, () => {
    let picks: readonly ReplyPick[] = [{ question: 'old favourite', phraseId: 'phr_fav', at: 1, count: 99 }];
    for (let i = 0; i < REPLY_PICKS_MAX; i++) picks = addPick(picks, `question ${i}`, 'phr_a', 10 + i);
    expect(picks).toHaveLength(REPLY_PICKS_MAX);
    expect(picks.some((p) => p.phraseId === 'phr_fav')).toBe(false);
    expect(picks[0]!.question).toBe(`question ${REPLY_PICKS_MAX - 1}`);
    expect(picks.at(-1)!.question).toBe('question 0');
  });

  it('drops the picks of phrases no longer live when a pick is added', () => {
    const picks: ReplyPick[] = [
      { question: 'a', phraseId: 'phr_gone', at: 1, count: 3 },
      { question: 'b', phraseId: 'phr_kept', at: 2, count: 1 },
    ];
    expect(addPick(picks, 'c', 'phr_kept', 3, (id) => id !== 'phr_gone').map((p) => p.question)).toEqual(['c', 'b']);
  });
});

describe('forget, live picks, most picked', () => {
  const picks: ReplyPick[] = [
    { question: 'a', phraseId: 'phr_1', at: 5, count: 1 },
    { question: 'b', phraseId: 'phr_2', at: 4, count: 2 },
    { question: 'c', phraseId: 'phr_1', at: 3, count: 2 },
    { question: 'd', phraseId: 'phr_3', at: 9, count: 3 },
  ];

  it('forgets one phrase’s picks, or all', () => {
    expect(forgetPicks(picks, 'phr_1').map((p) => p.question)).toEqual(['b', 'd']);
    expect(forgetPicks(picks, 'phr_none')).toEqual(picks);
    expect(forgetPicks(picks)).toEqual([]);
  });

  it('leaves out picks of phrases not live', () => {
    expect(livePicks(picks, (id) => id !== 'phr_2').map((p) => p.question)).toEqual(['a', 'c', 'd']);
  });

  it('ranks phrases by picks added up, then by the latest', () => {
    expect(mostPickedPhrases(picks)).toEqual([
      { phraseId: 'phr_3', count: 3, at: 9 },
      { phraseId: 'phr_1', count: 3, at: 5 },
      { phraseId: 'phr_2', count: 2, at: 4 },
    ]);
    expect(mostPickedPhrases(picks, 1).map((p) => p.phraseId)).toEqual(['phr_3']);
  });
});

describe('the replyPicks record', () => {
  const base = { id: REPLY_PICKS_ID, type: 'replyPicks', scope: 'local', schemaVersion: 1, createdAt: 1, updatedAt: 1, updatedBy: 'dev' };
  it('refuses a blank or too long question, a bad count, the same pick twice, and says where', () => {
    const ok = { question: 'q', phraseId: 'phr_a', at: 1, count: 1 };
    expect(replyPicksRecordSchema.safeParse({ ...base, picks: [ok] }).success).toBe(true);
    const where = (picks: unknown[]) => {
      const r = replyPicksRecordSchema.safeParse({ ...base, picks });
      return r.success ? null : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(where([ok, { ...ok, question: ' ' }])).toEqual(['picks.1.question']);
    expect(where([{ ...ok, question: 'x'.repeat(PICK_QUESTION_MAX + 1) }])).toEqual(['picks.0.question']);
    expect(where([{ ...ok, count: 0 }])).toEqual(['picks.0.count']);
    expect(where([{ ...ok, phraseId: '<script>' }])).toEqual(['picks.0.phraseId']);
    expect(where([ok, { ...ok, at: 9 }])).toEqual(['picks.1']);
    expect(where(Array.from({ length: REPLY_PICKS_MAX + 1 }, (_, i) => ({ ...ok, question: `q${i}` })))).toEqual(['picks']);
  });
});

describe('usage service: reply picks', () => {
  async function setup() {
    const backend = createFlakyBackend();
    let t = 1_764_000_000_000;
    const now = () => (t += 1000);
    const store = createTestStore({ backend, now, actor: 'dev', lang: 'en' });
    const library = createLibraryService({ store, newId: createIdMaker({ now }), lang: 'en' });
    const usage = createUsageService({ store, now, lang: 'en' });
    const { value: a } = await library.savePhrase({ title: 'postage', text: 'free postage', groupId: null });
    const { value: b } = await library.savePhrase({ title: 'when', text: 'ships in 48h', groupId: null });
    return { backend, store, library, usage, a, b };
  }

  it('recordUsage with a question remembers the pick in the same write, and the view carries it', async () => {
    const { library, usage, a, b } = await setup();
    const first = await usage.recordUsage(a.id, '包邮吗？');
    expect(first.written.map((r) => r.type)).toEqual(['phraseUsage', 'replyPicks']);
    await usage.recordUsage(a.id, '包邮吗?');
    await usage.recordUsage(b.id, '什么时候发货\n今天能发吗');
    const view = await library.view();
    expect(view.usage[a.id]?.count).toBe(2);
    expect(view.replyPicks).toEqual([
      { question: '什么时候发货\n今天能发吗', phraseId: b.id, at: expect.any(Number), count: 1 },
      { question: '包邮吗?', phraseId: a.id, at: expect.any(Number), count: 2 },
    ]);
  });

  it('no question, or a blank one: the usage is counted and no pick is written', async () => {
    const { library, usage, a } = await setup();
    expect((await usage.recordUsage(a.id)).written.map((r) => r.type)).toEqual(['phraseUsage']);
    expect((await usage.recordUsage(a.id, ' \n ')).written.map((r) => r.type)).toEqual(['phraseUsage']);
    expect((await library.view()).replyPicks).toEqual([]);
  });

  it('a deleted phrase’s picks leave the view, come back with the phrase, and are dropped at the next pick once it is gone', async () => {
    const { library, usage, store, a, b } = await setup();
    await usage.recordUsage(a.id, 'q1');
    await usage.recordUsage(b.id, 'q2');
    await library.deletePhrase(a.id);
    expect((await library.view()).replyPicks.map((p) => p.phraseId)).toEqual([b.id]);
    await library.undoDeletePhrase(a.id);
    expect((await library.view()).replyPicks.map((p) => p.phraseId)).toEqual([b.id, a.id]);
    await library.deletePhrase(a.id);
    await usage.recordUsage(b.id, 'q3');
    const stored = (await store.get(REPLY_PICKS_ID))!.picks as ReplyPick[];
    expect(stored.map((p) => p.question)).toEqual(['q3', 'q2']);
  });

  it('forgets one phrase’s picks or all; nothing is written when there is nothing to forget', async () => {
    const { library, usage, a, b } = await setup();
    expect(await usage.forgetReplyPicks()).toEqual({ value: { forgotten: 0 }, written: [] });
    await usage.recordUsage(a.id, 'q1');
    await usage.recordUsage(a.id, 'q2');
    await usage.recordUsage(b.id, 'q3');
    expect((await usage.forgetReplyPicks(a.id)).value).toEqual({ forgotten: 2 });
    expect((await library.view()).replyPicks.map((p) => p.question)).toEqual(['q3']);
    expect((await usage.forgetReplyPicks()).value).toEqual({ forgotten: 1 });
    expect((await library.view()).replyPicks).toEqual([]);
    // Usage counts stay: forgetting picks is not forgetting insertions.
    expect((await library.view()).usage[a.id]?.count).toBe(2);
  });

  it('a failed write keeps neither the count nor the pick', async () => {
    const { backend, library, usage, a } = await setup();
    backend.failCommits(true);
    await expect(usage.recordUsage(a.id, 'q')).rejects.toMatchObject({ code: 'storage-failed' });
    backend.failCommits(false);
    const view = await library.view();
    expect(view.replyPicks).toEqual([]);
    expect(view.usage[a.id]).toBeUndefined();
  });
});
