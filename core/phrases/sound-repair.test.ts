import { describe, expect, it } from 'vitest';
import { CHAR_READINGS, CHAR_READING_RUNS } from './char-sounds';
import { decodeCharSounds } from './char-sounds-decode';
import { charSoundTable, frequentCharacters } from './char-sounds-source';
import { soundRepairer } from './sound-repair';
import { createReplyIndex, suggestReplies, type SuggestablePhrase } from './suggest';
import { plainWording } from './suggest-text';

/** An owner's library without examples (as in suggest.test.ts). */
const OWNER: SuggestablePhrase[] = [
  { id: 'postage', title: '运费说明', text: '亲，满99元免运费，不满收10元。' },
  { id: 'ship', title: '发货时间', text: '付款后48小时内发货，发出后可以在订单里查物流。' },
  { id: 'invoice', title: '开发票', text: '支持开电子发票，下单后把抬头和税号发给我。' },
  { id: 'refund', title: '退款多久到账', text: '收到退件后两天内退款，原路退回。' },
  { id: 'warranty', title: '售后保障', text: '整机一年，坏了寄回来修。', tags: ['保修'] },
];
const owner = createReplyIndex(OWNER);
const ids = (message: string) => suggestReplies(owner, [message], 3).map((s) => s.id);

describe('the table of character sounds', () => {
  it('is written from pinyin-pro and kept in step (run: npx tsx scripts/write-char-sounds.ts)', () => {
    const chars = frequentCharacters();
    expect(chars).toHaveLength(3755);
    expect(chars.slice(0, 3).join('')).toBe('啊阿埃');
    expect(chars[chars.length - 1]).toBe('座');
    expect({ readings: CHAR_READINGS, runs: CHAR_READING_RUNS }).toEqual(charSoundTable());
  });

  it('gives each frequent character its everyday reading', () => {
    const { ofChar, names } = decodeCharSounds(CHAR_READINGS, CHAR_READING_RUNS);
    const reading = (c: string) => names[ofChar.get(c.charCodeAt(0))!];
    expect(reading('邮')).toBe('you');
    expect(reading('油')).toBe('you');
    expect(reading('货')).toBe('huo');
    expect(reading('绿')).toBe('lv');
    expect(reading('能')).toBe('neng'); // not its rare reading nài
    expect(ofChar.size).toBe(3755);
  });
});

describe('soundRepairer', () => {
  const repair = soundRepairer(['包邮', '发货', '退货', '什么时候发', '来得及', '同款', '不回', '门店']);

  it('writes a shop word back from a homophone slip', () => {
    expect(repair('包油吗')).toBe('包邮吗');
    expect(repair('什么时侯发')).toBe('什么时候发'); // 侯 for 候, a slip no table lists
    expect(repair('来的及吗')).toBe('来得及吗'); // 的 for 得 inside a longer word
  });

  it('writes a shop word back from one syllable typed in pinyin', () => {
    expect(repair('tui货')).toBe('退货');
    expect(repair('能fa货吗')).toBe('能发货吗');
    expect(repair('ok吗')).toBe('ok吗'); // not pinyin throughout: left alone
  });

  it('leaves wording that reads right alone', () => {
    expect(repair('会不会坏')).toBe('会不会坏'); // 会 is meant, not a slip for 回
    expect(repair('你们店开了几年')).toBe('你们店开了几年'); // 们 belongs to 你们
    expect(repair('普通款和升级款')).toBe('普通款和升级款'); // 通 belongs to 普通
    expect(repair('包油')).toBe('包邮');
    expect(repair('发货')).toBe('发货');
  });

  it('never changes a word the text already holds', () => {
    const withKnown = soundRepairer(['包邮'], ['包邮', '保有']);
    expect(withKnown('保有吗')).toBe('保有吗');
  });

  it('changes at most one character of a short word: a word wholly different is no slip', () => {
    expect(repair('保有吗')).toBe('保有吗');
  });
});

describe('suggestions read buyer slips by sound', () => {
  it('finds the postage phrase through a homophone slip and through pinyin', () => {
    expect(ids('包you吗')[0]).toBe('postage');
    expect(ids('baoyou ma')[0]).toBe('postage');
    expect(ids('亲 包游不')[0]).toBe('postage');
  });

  it('finds the invoice and refund phrases with one character in pinyin or misheard', () => {
    expect(ids('能开fa票吗')[0]).toBe('invoice');
    expect(ids('退宽多久到账')[0]).toBe('refund');
  });

  it('reads a word split by spaces or emoji as the word', () => {
    expect(plainWording('包 邮 吗')).toBe('包邮吗');
    expect(plainWording('发😭货了吗')).toBe('发货了吗');
    expect(ids('发😭货了吗')[0]).toBe('ship');
  });

  it('repairs the slips IMEs make every day', () => {
    expect(plainWording('掌柜的再吗')).toBe('掌柜的在吗');
    expect(plainWording('几天能倒')).toBe('几天能到');
  });

  it('reads shop words typed as pinyin initials, and leaves English alone', () => {
    expect(plainWording('fh没')).toBe('发货没');
    expect(plainWording('能by吗')).toBe('能包邮吗');
    expect(plainWording('有FP吗')).toBe('有发票吗');
    expect(ids('能by吗')[0]).toBe('postage');
    expect(plainWording('deliver by friday好吗')).not.toContain('包邮');
    expect(plainWording('shiseido洗面奶')).toBe('shiseido洗面奶'); // sh inside a word stays
  });

  it('reads dialect words as the plain ones', () => {
    expect(plainWording('啥子时候发货')).toBe('什么时候发货');
    expect(plainWording('莫得货了')).toBe('没有货了');
    expect(plainWording('系唔系正品')).toBe('是不是正品');
    expect(plainWording('有咩优惠')).toBe('有什么优惠');
  });

  it('stays silent where nothing fits, slips or not', () => {
    expect(ids('今天天气真好')).toEqual([]);
    expect(ids('你吃饭了吗')).toEqual([]);
    expect(ids('你们店开了几年了')).toEqual([]);
  });
});
