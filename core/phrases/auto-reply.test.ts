import { describe, expect, it } from 'vitest';
import { AUTO_REPLY_SUGGESTIONS, TOPICS, autoReplyCoverage, countCodePoints } from './auto-reply';
import { lintPhrase } from './lint';

describe('countCodePoints', () => {
  it('counts what the buyer sees', () => {
    expect(countCodePoints('亲，您好')).toBe(4);
    expect(countCodePoints('好的😀')).toBe(3);
    expect(countCodePoints('')).toBe(0);
  });
});

describe('autoReplyCoverage', () => {
  it('reports covered and missing topics in a fixed order', () => {
    const r = autoReplyCoverage('亲，现在客服不在，页面能拍的都有现货，满两件包邮，记得先领券。');
    expect(r.covered).toEqual(['stock', 'postage', 'discount']);
    expect(r.missing).toEqual(['value', 'bargain', 'returns', 'quality', 'ordering']);
  });

  it('covers all eight with a full reply', () => {
    const text =
      '亲，客服暂时不在：用料足、性价比高；页面能拍的都有现货；多件合并发货省运费；领券更优惠；活动价不议价；支持七天无理由退换；每件发出前都检查质量；看好直接拍下付款即可。';
    expect(autoReplyCoverage(text)).toEqual({ covered: [...TOPICS], missing: [] });
    expect(countCodePoints(text)).toBeLessThanOrEqual(128);
  });

  it('does not take 折叠 for a discount', () => {
    expect(autoReplyCoverage('这款可以折叠收纳。').covered).not.toContain('discount');
  });

  it('has a lint-clean suggestion per topic that covers its own topic', () => {
    for (const topic of TOPICS) {
      const s = AUTO_REPLY_SUGGESTIONS[topic];
      expect(lintPhrase(s, { autoReply: true }), topic).toEqual([]);
      expect(autoReplyCoverage(s).covered, topic).toContain(topic);
    }
  });

  it('all suggestions together fit in one auto-reply', () => {
    const all = TOPICS.map((t) => AUTO_REPLY_SUGGESTIONS[t]).join('');
    expect(countCodePoints(all)).toBeLessThanOrEqual(128);
  });
});
