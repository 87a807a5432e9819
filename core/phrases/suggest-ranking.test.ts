import { describe, expect, it } from 'vitest';
import { isAcknowledgement } from './acknowledgement';
import { STARTER_PHRASES } from './starter-library';
import { SUGGEST_TUNING, createReplyIndex, suggestReplies, type SuggestablePhrase, type SuggestTuning } from './suggest';

/**
 * An owner's own wording of ten everyday phrases (not the starter library's titles or texts, no
 * examples): what suggestions meet in a shop that wrote its library itself.
 */
const OWNER_WORDED: SuggestablePhrase[] = [
  { id: 'postage', title: '邮费问题', text: '本店全场满59包邮，偏远地区需要补邮费。' },
  { id: 'dispatch', title: '几时发', text: '拍下后两天内安排寄出，节假日顺延。' },
  { id: 'transit', title: '路上要几天', text: '寄出后一般三到五天送达，偏远地方慢一些。' },
  { id: 'returns', title: '七天无理由', text: '收到不满意七天内可以退，不影响二次销售就行。' },
  { id: 'invoice', title: '开票说明', text: '需要发票的话把抬头税号留给我，电子票三天内发到邮箱。' },
  { id: 'repair', title: '质保', text: '主机保修一年，非人为损坏免费修。' },
  { id: 'price', title: '价格', text: '价格已经很实在了，没法再便宜，可以送您个小赠品。' },
  { id: 'stock', title: '库存', text: '页面能拍就是有货，下单就给您安排。' },
  { id: 'refund', title: '退款到账', text: '退款原路退回，一般一到三个工作日到账。' },
  { id: 'welcome', title: '欢迎', text: '您好，欢迎光临，有什么可以帮您？' },
];
const owner = createReplyIndex(OWNER_WORDED);
const starterBare = createReplyIndex(STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text, tags: p.tags, publicReply: p.publicReply })));
const ids = (index: typeof owner, messages: string[], tuning?: SuggestTuning) => suggestReplies(index, messages, 3, { tuning }).map((s) => s.id);

describe('suggested replies for a library its owner worded', () => {
  it('reaches each phrase through the intent table from its own title and text', () => {
    const asked: [string, string][] = [
      ['包邮吗', 'postage'],
      ['啥时候发货', 'dispatch'],
      ['几天能到', 'transit'],
      ['不喜欢能退吗', 'returns'],
      ['能开票不', 'invoice'],
      ['坏了给修吗', 'repair'],
      ['便宜点呗', 'price'],
      ['有现货吗', 'stock'],
      ['退款几天到账', 'refund'],
    ];
    for (const [question, phrase] of asked) expect(ids(owner, [question])[0], question).toBe(phrase);
  });

  it('says what each phrase answers without examples: every one reads at least one intent', () => {
    const withIntent = new Set(owner.intentPhrases.flatMap((p) => (p ? Array.from(p.at) : [])));
    expect(OWNER_WORDED.filter((_, at) => !withIntent.has(at)).map((p) => p.id)).toEqual([]);
  });

  it('stays silent on what none of them answers', () => {
    for (const message of ['你们几点下班', '加个微信吧', '今天天气真好']) expect(ids(owner, [message]), message).toEqual([]);
  });
});

describe('courtesy next to a question', () => {
  it('answers the question, not the greeting', () => {
    expect(ids(owner, ['您好 请问什么时候发货'])[0]).toBe('dispatch');
    // Counted in full, the greeting would win: the factor is what decides.
    expect(ids(owner, ['您好 请问什么时候发货'], { ...SUGGEST_TUNING, socialFactor: 1 })[0]).toBe('welcome');
    expect(ids(starterBare, ['您好 请问我前天下的订单 什么时候能给我发出去呀 不着急 就是问一下'])[0]).toBe('ship-when');
  });

  it('still greets a greeting said alone', () => {
    expect(ids(owner, ['在吗'])[0]).toBe('welcome');
  });
});

describe('a message that asks two things', () => {
  it('keeps a place for the second question instead of three variants of the first answer', () => {
    const message = ['还没发货 我点了退款你同意一下'];
    expect(ids(starterBare, message)).toContain('as-refund-time');
    expect(ids(starterBare, message, { ...SUGGEST_TUNING, diversity: 0 })).not.toContain('as-refund-time');
  });
});

describe('a short acknowledgement', () => {
  it('is told apart from a question', () => {
    for (const m of ['好的', '嗯嗯', 'ok', 'OK!', '收到', '明白了', '好嘞', '哦哦~', '好滴亲']) expect(isAcknowledgement(m), m).toBe(true);
    for (const m of ['好的 那什么时候发货', '收到了吗', '谢谢 包邮吗', '行不行', '包邮吗', '', '好'.repeat(40)]) expect(isAcknowledgement(m), m).toBe(false);
  });

  it('is not a thanks, which usually ends the chat: a closing phrase is the next message', () => {
    const starter = createReplyIndex(STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text, tags: p.tags, examples: p.examples, publicReply: p.publicReply })));
    for (const m of ['谢谢', '謝謝', '好的谢谢亲', 'thx']) {
      expect(isAcknowledgement(m), m).toBe(false);
      expect(ids(starter, [m]).some((id) => id.startsWith('end-')), m).toBe(true);
    }
  });

  it('gets no suggestion, whatever was asked before it', () => {
    for (const m of ['好的', '嗯嗯', 'ok', '收到']) expect(ids(owner, [m]), m).toEqual([]);
    expect(ids(owner, ['能开发票吗', '好的'])).toEqual([]);
    expect(ids(owner, ['能开发票吗', '急用'])).toContain('invoice');
  });
});

describe('the weights and threshold', () => {
  it('a phrase sharing only words (no intent) needs more than one that answers an intent', () => {
    expect(SUGGEST_TUNING.lexicalThreshold).toBeGreaterThan(SUGGEST_TUNING.threshold);
    // 杯身 is only a shared word: above the general threshold, below the one for word-only matches.
    const cups = createReplyIndex([
      { id: 'cup', title: '保温杯', text: '杯盖是食品级材料，杯身不锈钢。' },
      { id: 'welcome', title: '欢迎', text: '您好，欢迎光临。' },
      { id: 'postage', title: '运费', text: '满59包邮。' },
    ]);
    const message = ['杯身有点重'];
    expect(ids(cups, message)).toEqual([]);
    expect(ids(cups, message, { ...SUGGEST_TUNING, lexicalThreshold: SUGGEST_TUNING.threshold })).toEqual(['cup']);
    expect(ids(cups, ['杯盖'])).toEqual(['cup']);
  });
});
