import { describe, expect, it } from 'vitest';
import { createReplyIndex } from '../phrases';
import { answeredBy, normalizeQuestion, recurringQuestions, type AskedQuestion } from '.';

/** Each text asked once in its own conversation. */
const asked = (...texts: string[]): AskedQuestion[] => texts.map((text, i) => ({ text, conversation: `c${i}` }));

describe('normalizeQuestion', () => {
  it('folds width, case, punctuation, colloquial spellings, greetings and particles', () => {
    expect(normalizeQuestion('亲，包邮吗？？')).toBe('包邮');
    expect(normalizeQuestion('包邮嘛!')).toBe('包邮');
    expect(normalizeQuestion('ＸＬ码 有货吗')).toBe('xl码有货');
    expect(normalizeQuestion('咋退货呀')).toBe('退货');
    expect(normalizeQuestion('多久能发货')).toBe(normalizeQuestion('什么时候能发货？'));
    expect(normalizeQuestion('你好 在吗？')).toBe('');
    expect(normalizeQuestion('<script>alert(1)</script> 🙂')).toBe('scriptalert1script');
  });

  it('reads traditional characters as simplified, as suggested replies do', () => {
    expect(normalizeQuestion('運費多少？')).toBe(normalizeQuestion('运费多少'));
    expect(normalizeQuestion('請問幾時發貨')).toBe(normalizeQuestion('请问几时发货'));
    expect(normalizeQuestion('謝謝 有貨嗎')).toBe('有货');
  });

  it('groups a Hong Kong buyer\'s traditional wording with the simplified one', () => {
    const groups = recurringQuestions(asked('運費多少', '运费多少', '運費多少錢'));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ conversations: 3 });
  });
});

describe('recurringQuestions', () => {
  it('puts near duplicates together and counts conversations', () => {
    const groups = recurringQuestions(asked('什么时候发货？', '亲，什么时候发货', '什么时候能发货呢', '啥时候发货', '什么时候发货啊'));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 5, conversations: 5 });
    expect(groups[0]!.examples).toEqual(expect.arrayContaining(['什么时候发货？', '什么时候能发货呢', '啥时候发货']));
    expect(groups[0]!.title).toMatch(/^什么时候/);
  });

  it('keeps different questions apart', () => {
    const groups = recurringQuestions(
      asked('什么时候发货', '什么时候发货呢', '什么时候到货', '什么时候到货啊', '包邮吗', '包邮吗？', '可以开发票吗', '能开发票吗', '退货地址是哪里', '退货地址发我'),
    );
    const titles = groups.map((g) => g.title);
    expect(titles).toHaveLength(5);
    for (const g of groups) expect(g.conversations).toBe(2);
    expect(groups.find((g) => g.title.includes('发货'))!.examples.some((e) => e.includes('到货'))).toBe(false);
    expect(groups.find((g) => g.title.includes('包邮'))!.examples).toEqual(['包邮吗', '包邮吗？']);
  });

  it('counts a question repeated in one conversation once towards "frequent"', () => {
    const once: AskedQuestion[] = [1, 2, 3].map(() => ({ text: '有赠品吗', conversation: 'same' }));
    expect(recurringQuestions(once)).toEqual([]);
    expect(recurringQuestions([...once, { text: '有没有赠品', conversation: 'other' }], { threshold: 0.5 })[0]).toMatchObject({ count: 4, conversations: 2 });
  });

  it('leaves out groups a phrase answers (the suggested replies ranker clears its threshold)', () => {
    const index = createReplyIndex([{ id: 'p1', title: '包邮说明', text: '亲，本店全场包邮（偏远地区除外）。', examples: ['包邮吗'] }]);
    const questions = asked('包邮吗', '包邮吗？', '这个杯子能装开水吗', '杯子能装开水吗');
    const all = recurringQuestions(questions);
    expect(all.map((g) => g.title)).toEqual(['包邮吗', '杯子能装开水吗']);
    const open = recurringQuestions(questions, { answered: answeredBy(index) });
    expect(open.map((g) => g.title)).toEqual(['杯子能装开水吗']);
  });

  it('bounds what a phrase gets: ≤ 8 examples of ≤ 60 characters, a title of ≤ 60', () => {
    const long = '请问这个保温杯' + '真的'.repeat(60) + '能保温多久';
    const texts = [long, long + '？', ...Array.from({ length: 20 }, (_, i) => `保温杯能保温多久${'？'.repeat(i + 1)}`)];
    const [group] = recurringQuestions(asked(...texts), { threshold: 0.3 });
    expect(group!.examples.length).toBeLessThanOrEqual(8);
    for (const e of group!.examples) expect(e.length).toBeLessThanOrEqual(60);
    expect(group!.title.length).toBeLessThanOrEqual(60);
  });

  it('ignores greetings, stickers and hostile markup that carry no question', () => {
    expect(recurringQuestions(asked('在吗', '在吗？', '你好', '🙂🙂', '?', '<b></b>'))).toEqual([]);
  });
});
