import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from './starter-library';
import { createReplyIndex, suggestReplies } from './suggest';
import { plainWording } from './suggest-text';
import { toSimplified } from './traditional';

// The starter library as an owner has it: no example questions.
const bare = createReplyIndex(STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text, tags: p.tags })));
const top3 = (message: string) => suggestReplies(bare, [message], 3).map((s) => s.id);

describe('traditional characters', () => {
  it('become simplified one for one, other text untouched', () => {
    expect(toSimplified('運費多少 有沒有價保 OK 123')).toBe('运费多少 有没有价保 OK 123');
    expect(toSimplified('甚麼時候發貨')).toBe('什么时候发货');
    expect(toSimplified('包邮吗')).toBe('包邮吗');
  });

  it('find the same phrases as the simplified question', () => {
    expect(top3('運費多少')).toContain('pre-postage');
    expect(top3('可以開發票嗎')).toContain('pre-invoice');
    expect(top3('有沒有價保')).toContain('promo-price-protect');
  });

  it('in an owner’s phrase are found by a simplified question', () => {
    const owner = createReplyIndex([
      { id: 'post', title: '運費說明', text: '滿99元包郵，偏遠地區另計運費。' },
      { id: 'wash', title: '洗滌', text: '建議冷水手洗。' },
    ]);
    expect(suggestReplies(owner, ['运费多少'], 3).map((s) => s.id)[0]).toBe('post');
  });
});

describe('English shop words in Chinese messages', () => {
  it('read as the Chinese words', () => {
    expect(plainWording('size偏大吗')).toBe('尺码偏大吗');
    expect(plainWording('Free Shipping吗')).toBe('包邮吗');
    expect(plainWording('refund多久到账')).toBe('退款多久到账');
    expect(plainWording('没有英文')).toBe('没有英文');
  });

  it('find their phrases', () => {
    expect(top3('warranty多久')).toContain('wty-policy');
    expect(top3('invoice能开吗')).toContain('pre-invoice');
    expect(top3('free shipping吗')).toContain('pre-postage');
  });
});

describe('voice-input slips', () => {
  it('read 或 after 发 as 货 and 倒 after 几天能 as 到, not in other words', () => {
    expect(plainWording('发或了吗')).toBe('发货了吗');
    expect(plainWording('几天能倒')).toBe('几天能到');
    expect(plainWording('退或者换')).toBe('退或者换');
    expect(plainWording('明天倒过来')).toBe('明天倒过来');
  });
});
