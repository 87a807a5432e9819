import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { INTENT_READINGS } from './intent-readings';
import { readingsOf } from './intent-readings-source';
import { INTENTS } from './intents';
import { intentMatcher } from './intent-matcher';
import { STARTER_PHRASES } from './starter-library';
import { createReplyIndex, orderStateOf, suggestReplies, type ReplyPick, type SuggestablePhrase } from './suggest';
import { foldForIntents, tokensOf } from './suggest-text';

/** An owner's small library, without examples: what suggestions meet in a shop that never wrote any. */
const OWNER: SuggestablePhrase[] = [
  { id: 'postage', title: '运费说明', text: '亲，满99元免运费，不满收10元。' },
  { id: 'ship', title: '发货时间', text: '付款后48小时内发货，发出后可以在订单里查物流。' },
  { id: 'invoice', title: '开发票', text: '支持开电子发票，下单后把抬头和税号发给我。' },
  { id: 'refund', title: '退款多久到账', text: '收到退件后两天内退款，原路退回。' },
  { id: 'size', title: '尺码建议', text: '告诉我身高体重，我帮您选码。' },
  { id: 'warranty', title: '售后保障', text: '整机一年，坏了寄回来修。', tags: ['保修'] },
  { id: 'bad-review', title: '安抚买家', text: '很抱歉给您带来不好的体验，我们马上处理。', tags: ['差评'] },
  { id: 'public', title: '公开回复-物流', text: '抱歉让您久等，物流已经在跟进。', tags: ['差评'], publicReply: true },
];
const owner = createReplyIndex(OWNER);
const ids = (messages: string[], index = owner, picks?: ReplyPick[]) => suggestReplies(index, messages, 3, { picks }).map((s) => s.id);

const starter = createReplyIndex(STARTER_PHRASES.map((p) => ({ ...p, id: p.key })));

describe('suggestReplies', () => {
  it('finds the phrase that answers through shop synonyms and intents, not shared characters', () => {
    expect(ids(['包邮吗'])[0]).toBe('postage');
    expect(ids(['亲 包油不'])[0]).toBe('postage'); // a typo buyers make
    expect(ids(['baoyou ma'])[0]).toBe('postage'); // pinyin
    expect(ids(['啥时候寄出'])[0]).toBe('ship');
    expect(ids(['能开票吗'])[0]).toBe('invoice');
    expect(ids(['啥时候发'])[0]).toBe('ship'); // colloquial spellings read as the plain words
  });

  it('reads a message with invisible characters (zero-width, bidi overrides) as the plain one', () => {
    expect(ids(['包\u200B邮\u2060吗'])[0]).toBe('postage');
    expect(ids(['\u202E能开\uFEFF票吗\u202C'])[0]).toBe('invoice');
  });

  it("knows what an owner's reply answers from the reply's own wording, without examples", () => {
    const library = createReplyIndex([
      ...OWNER,
      { id: 'price', title: '价格说明', text: '亲，这已经是活动价了，实在降不了，不过可以送您一个小礼品。' },
      { id: 'handover', title: '找同事', text: '这个我帮您转给负责的同事，请稍等。' },
    ]);
    expect(ids(['砍个价呗老板'], library)[0]).toBe('price');
    expect(ids(['人工 人工'], library)[0]).toBe('handover');
  });

  it('reads tags: a phrase titled otherwise is found by its tag', () => {
    expect(ids(['质保多久'])[0]).toBe('warranty');
    expect(ids(['我要给差评'])[0]).toBe('bad-review');
  });

  it('never suggests a public review reply in chat', () => {
    expect(ids(['物流太慢了 差评'])).not.toContain('public');
    expect(createReplyIndex(OWNER).ids).not.toContain('public');
  });

  it('uses example questions: a phrase whose examples say it wins over one that only shares words', () => {
    const withExamples = createReplyIndex([
      ...OWNER,
      { id: 'a', title: '商品介绍', text: '这款是今年的新款。', examples: ['能放冰箱吗', '可以冷冻吗'] },
      { id: 'b', title: '冰箱说明', text: '冰箱的温度设定。' },
    ]);
    expect(ids(['这个可以放冰箱冷冻吗'], withExamples)[0]).toBe('a');
  });

  it('stays silent when nothing fits', () => {
    for (const message of ['嗯', '你们几点下班', '加个微信吧', '今天天气真好', '哈哈哈哈', '？？？']) {
      expect(ids([message]), message).toEqual([]);
    }
    expect(ids([])).toEqual([]);
    expect(ids(['', '   '])).toEqual([]);
  });

  it('weighs the latest message most, and still reads the ones before it', () => {
    expect(ids(['在吗', '包邮吗'])[0]).toBe('postage');
    expect(ids(['能开发票吗', '急用'])).toContain('invoice');
  });

  it('suggests the starter library’s own phrases for everyday questions', () => {
    const top = (m: string) => suggestReplies(starter, [m], 3).map((s) => s.id);
    expect(top('包邮吗')).toContain('pre-postage');
    expect(top('这个保修几年')).toContain('wty-policy');
    expect(top('能开专票吗')).toContain('inv-special');
    expect(top('baoyou ma')).toContain('pre-postage');
  });

  it('prefers the variant for the order state the page shows', () => {
    const top1 = (state: Parameters<typeof orderStateOf>[0]) =>
      suggestReplies(starter, ['我想改一下地址'], 3, { orderState: orderStateOf(state) })[0]?.id;
    expect(top1('待发货')).toBe('order-address-unshipped');
    expect(top1('已发货')).toBe('order-address-shipped');
  });

  it('learns from picks: a phrase picked for a similar question ranks higher, and forgetting undoes it', () => {
    const question = '这个东西用久了会不会掉漆';
    const before = suggestReplies(owner, [question], 3);
    expect(before.map((s) => s.id)).not.toContain('warranty');
    const picks: ReplyPick[] = [{ question: '用久了会掉漆吗', phraseId: 'warranty', at: 1000, count: 1 }];
    expect(ids([question], owner, picks)[0]).toBe('warranty');
    // A question about something else is not affected by that pick.
    expect(ids(['包邮吗'], owner, picks)[0]).toBe('postage');
    // Forgetting (the pick gone from the memory) brings back the ranking of before.
    expect(ids([question], owner, [])).toEqual(before.map((s) => s.id));
    // A pick of a phrase since deleted is ignored.
    expect(ids([question], owner, [{ ...picks[0]!, phraseId: 'gone' }])).toEqual(before.map((s) => s.id));
  });

  it('an old pick counts less than a fresh one', () => {
    const day = 24 * 3600 * 1000;
    const pick = (at: number, phraseId: string): ReplyPick => ({ question: '用久了会掉漆吗', phraseId, at, count: 1 });
    const got = suggestReplies(owner, ['用久了会不会掉漆'], 3, { picks: [pick(0, 'warranty'), pick(365 * day, 'bad-review')], now: 365 * day });
    expect(got[0]?.id).toBe('bad-review');
  });

  it('costs no more for a 10,000-character message than for its first few hundred characters', () => {
    const head = '包邮吗'.padEnd(200, '啊');
    const long = head + '<script>alert(1)</script>'.repeat(400);
    expect(long.length).toBeGreaterThan(10_000);
    expect(suggestReplies(owner, [long], 3)).toEqual(suggestReplies(owner, [head], 3));
    expect(ids(['\u202e\u0000包邮吗😀'.repeat(3)])[0]).toBe('postage');
  });

  it('returns nothing for an empty library or a limit of 0', () => {
    expect(suggestReplies(createReplyIndex([]), ['包邮吗'])).toEqual([]);
    expect(suggestReplies(owner, ['包邮吗'], 0)).toEqual([]);
  });

  it('takes the owner’s synonym pairs', () => {
    const message = ['能给小票吗'];
    expect(suggestReplies(owner, message, 3).map((s) => s.id)).not.toContain('invoice');
    const index = createReplyIndex(OWNER, { synonymPairs: [['小票', '发票']] });
    expect(suggestReplies(index, message, 3)[0]?.id).toBe('invoice');
  });
});

describe('orderStateOf', () => {
  it('reads the statuses consoles show', () => {
    expect(orderStateOf('待发货')).toBe('not-shipped');
    expect(orderStateOf('订单状态：已发货')).toBe('shipped');
    expect(orderStateOf('待付款')).toBe('unpaid');
    expect(orderStateOf('交易成功')).toBe('received');
    expect(orderStateOf('退款中')).toBe('after-sale');
    expect(orderStateOf('')).toBeNull();
    expect(orderStateOf(null)).toBeNull();
    expect(orderStateOf('<b>hello</b>')).toBeNull();
  });
});

describe('intent table', () => {
  const intentsOf = intentMatcher();
  const named = (text: string) => intentsOf(foldForIntents(text)).map((i) => INTENTS[i]!.id);

  it('takes the longest word: 运费险 is freight insurance, not postage too', () => {
    expect(named('有运费险吗')).toEqual(['freight-insurance']);
    expect(named('包邮吗 有运费险吗')).toEqual(expect.arrayContaining(['postage', 'freight-insurance']));
  });

  it('reads a message that says nothing word for word again without its particles and modal words', () => {
    expect(named('包装里都有啥')).toEqual(['in-box']);
    expect(named('今天的天气')).toEqual([]);
  });

  it("reads a reply's own words only on the phrase's side", () => {
    const replyIntentsOf = intentMatcher(INTENTS, 'reply');
    const onReply = (text: string) => replyIntentsOf(foldForIntents(text)).map((i) => INTENTS[i]!.id);
    expect(onReply('价格已经是最低了，降不了')).toContain('bargain');
    expect(named('价格已经是最低了，降不了')).not.toContain('bargain');
  });

  it('never reports a reply-only intent: 有问题随时找我 in a reply is an offer of help, not a quality problem', () => {
    const replyIntentsOf = intentMatcher(INTENTS, 'reply');
    const onReply = (text: string) => replyIntentsOf(foldForIntents(text)).map((i) => INTENTS[i]!.id);
    expect(onReply('订单已付款成功，有问题随时找我')).not.toContain('quality');
    expect(onReply('订单已付款成功，有问题随时找我')).not.toContain('offer-help');
    expect(named('收到的东西有问题')).toContain('quality');
  });

  it('reads a long number as a number: 12345 inside a phone number is no hotline', () => {
    expect(named('电话改一下 13812345678')).toEqual(['phone']);
    expect(named('再不处理我就打12345')).toContain('platform-step-in');
  });

  it('tells delivery to the door, to a locker and later apart', () => {
    expect(named('能送货上门吗')).toContain('delivery-door');
    expect(named('别塞快递柜')).toContain('delivery-locker');
    expect(named('这周不在家 下周再送')).toContain('delivery-later');
    expect(named('这周不在家 下周再送')).not.toContain('delivery-locker');
  });

  it('reads IME slips and dialect as the shop words they stand for', () => {
    expect(named('发伙了没')).toContain('ship-time');
    expect(named('包由吗')).toContain('postage');
    expect(named('几天能dao')).toContain('arrive-time');
    expect(named('嘛时候能到')).toContain('arrive-time');
    expect(named('保休几年')).toContain('warranty');
  });

  it('reads buyer words typed in pinyin, with or without spaces, from readings kept in step with the table', () => {
    expect(INTENT_READINGS, 'run: npx tsx scripts/write-intent-readings.ts').toEqual(readingsOf(INTENTS));
    expect(named('kefu zai bu zai')).toContain('greet');
    expect(named('shi chun mian de bu')).toContain('material');
  });

  it('has unique ids and no word twice', () => {
    expect(new Set(INTENTS.map((i) => i.id)).size).toBe(INTENTS.length);
    const words = INTENTS.flatMap((i) => [...i.words, ...(i.pinyin ?? []), ...(i.latin ?? []), ...(i.answers ?? [])]);
    expect(words.filter((w, k) => words.indexOf(w) !== k)).toEqual([]);
  });

  it('spells its pinyin right: each is a toneless reading of (part of) one of its words', () => {
    // Every reading of every character (呗 is bei or bai), combined.
    const readings = (word: string): string[] =>
      Array.from(word).reduce<string[]>(
        (acc, char) => acc.flatMap((head) => pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).map((r) => head + r)),
        [''],
      );
    for (const intent of INTENTS) {
      const all = intent.words.filter((w) => w.length <= 5).flatMap(readings);
      for (const spelled of intent.pinyin ?? []) expect(all.some((r) => r.includes(spelled)), `${intent.id}: ${spelled}`).toBe(true);
    }
  });

  it('keeps its words folded (what the matcher compares with)', () => {
    for (const intent of INTENTS) for (const w of [...intent.words, ...(intent.pinyin ?? []), ...(intent.latin ?? []), ...(intent.answers ?? [])]) expect(foldForIntents(w), w).toBe(w);
  });
});

describe('tokensOf', () => {
  it('makes bigrams of Han runs, weaker lone characters, and Latin words', () => {
    const tokens = tokensOf('包邮吗 OK 1');
    expect(tokens.get('包邮')).toBe(1);
    expect(tokens.get('邮吗')).toBe(1);
    expect(tokens.get('包')).toBeLessThan(1);
    expect(tokens.has('吗')).toBe(false); // too common alone
    expect(tokens.get('ok')).toBe(1);
    expect(tokens.has('1')).toBe(false);
  });
});
