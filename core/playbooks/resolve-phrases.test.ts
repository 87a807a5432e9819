import { describe, expect, it } from 'vitest';
import { resolvePhrases, starterPhraseId, type FindSimilar, type LibraryPhrase, type PhraseRef } from '.';

const refs: PhraseRef[] = [
  { key: 'ship-urge-on-time', title: '催发货-未超时' },
  { key: 'ship-urge-today', title: '催发货-今天发出' },
];
const phrase = (id: string, title: string, extra: Partial<LibraryPhrase> = {}): LibraryPhrase => ({ id, title, ...extra });
const summary = (resolved: ReturnType<typeof resolvePhrases>) => resolved.map((r) => [r.how, r.phrase?.id ?? null]);

describe('which phrase a step proposes', () => {
  it('the starter phrase by id, even when the agent edited its title', () => {
    const library = [phrase(starterPhraseId('ship-urge-on-time'), '我的发货安抚'), phrase(starterPhraseId('ship-urge-today'), '催发货-今天发出')];
    expect(summary(resolvePhrases(refs, library))).toEqual([
      ['starter', 'phr_starter_ship-urge-on-time'],
      ['starter', 'phr_starter_ship-urge-today'],
    ]);
  });

  it('deleted: a phrase with the starter title (re-created or imported); a tombstone never counts', () => {
    const library = [phrase(starterPhraseId('ship-urge-on-time'), '催发货-未超时', { deleted: true }), phrase('phr_mine', ' 催发货-未超时 ')];
    expect(summary(resolvePhrases(refs, library))).toEqual([
      ['same-title', 'phr_mine'],
      ['missing', null],
    ]);
  });

  it('else the best answer to the step’s buyer questions, never one the step already proposes', () => {
    const library = [phrase(starterPhraseId('ship-urge-today'), '催发货-今天发出'), phrase('phr_ship', '发货时间说明'), phrase('phr_other', '别的')];
    const asked: (readonly string[])[] = [];
    const findSimilar: FindSimilar = (asks) => {
      asked.push(asks);
      return ['phr_starter_ship-urge-today', 'phr_gone', 'phr_ship'];
    };
    const resolved = resolvePhrases(refs, library, { asks: ['什么时候发货'], findSimilar });
    expect(summary(resolved)).toEqual([
      ['similar', 'phr_ship'],
      ['starter', 'phr_starter_ship-urge-today'],
    ]);
    expect(asked).toEqual([['什么时候发货']]);
  });

  it('missing when nothing fits: no suggestion, or no buyer question to ask with', () => {
    expect(summary(resolvePhrases(refs, [], { asks: ['什么时候发货'], findSimilar: () => [] }))).toEqual([['missing', null], ['missing', null]]);
    expect(summary(resolvePhrases(refs, [phrase('phr_x', 'x')], { asks: [], findSimilar: () => ['phr_x'] }))).toEqual([['missing', null], ['missing', null]]);
  });

  it('public review replies match public replies only, and chat steps never propose one', () => {
    const pub: PhraseRef[] = [{ key: 'rev-public-quality', title: '公开回复-质量' }];
    const chatCopy = phrase('phr_chat', '公开回复-质量');
    const publicCopy = phrase('phr_pub', '公开回复-质量', { publicReply: true });
    expect(summary(resolvePhrases(pub, [chatCopy, publicCopy], { publicReply: true }))).toEqual([['same-title', 'phr_pub']]);
    expect(summary(resolvePhrases(pub, [chatCopy], { publicReply: true, asks: ['差评'], findSimilar: () => ['phr_chat'] }))).toEqual([['missing', null]]);
    const starterPublic = phrase(starterPhraseId('ship-urge-on-time'), '催发货-未超时', { publicReply: true });
    expect(summary(resolvePhrases(refs.slice(0, 1), [starterPublic]))).toEqual([['missing', null]]);
  });
});
