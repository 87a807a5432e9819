import { describe, expect, it } from 'vitest';
import { lintPhrase, type LintCode } from './lint';

const codes = (text: string, autoReply = false): LintCode[] => lintPhrase(text, { autoReply }).map((i) => i.code);
const hits = (text: string): string[] => lintPhrase(text).map((i) => text.slice(i.start, i.end));

describe('lintPhrase: absolute claims', () => {
  it.each([
    ['这是全网最低价', '最低'],
    ['我们家质量最好的', '最好'],
    ['销量全国第一', '第一'],
    ['品质100%保证', '100%'],
    ['品质１００％保证', '１００％'],
    ['绝对正品', '绝对'],
    ['国家级工艺', '国家级'],
    ['顶级面料', '顶级'],
    ['唯一的正品渠道', '唯一'],
    ['万能清洁剂', '万能'],
    ['NO.1 好物', 'NO.1'],
    ['百分百正品', '百分百'],
  ])('flags %s', (text, hit) => {
    const r = lintPhrase(text);
    expect(r.map((i) => i.code)).toContain('absolute-claim');
    expect(r.map((i) => text.slice(i.start, i.end))).toContain(hit);
    expect(r[0]!.message).toMatch(/广告法/);
  });

  it.each([
    '最近天气冷，注意保暖哦。',
    '最后一件了，喜欢可以拍下。',
    '最晚明天下午发出。',
    '最快后天就能到。',
    '最多可以叠加两张券。',
    '最好您先量一下腰围再选尺码。',
    '第一次购买的话可以先领新人券。',
    '第一件原价，第二件半价。',
    '收到问题我们第一时间处理。',
    '面料是100%棉，透气舒服。',
  ])('lets %s through', (text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('lintPhrase: perfect promises', () => {
  it.each(['保证零瑕疵', '商品完美无缺', '百分百满意', '保证收到没有任何问题', '这款永不褪色', '包您满意'])('flags %s', (t) => {
    expect(codes(t)).toContain('perfect-promise');
  });

  it('lets honest condition statements through', () => {
    expect(codes('收到后如果没有问题，麻烦帮忙确认收货哦。')).toEqual([]);
    expect(codes('实物和图片可能有轻微色差，介意请慎拍。')).toEqual([]);
  });
});

describe('lintPhrase: tone', () => {
  it.each([
    ['详情页写着呢，你自己看', '自己看'],
    ['不是说了吗，没有货', '不是说了'],
    ['听不懂吗', '听不懂吗'],
    ['爱买不买', '爱买不买'],
    ['必须先付款', '必须'],
    ['赶紧下单', '赶紧下单'],
    ['快点确认收货', '快点'],
    ['已经发了！！', '！！'],
    ['怎么还不付款？？', '？？'],
  ])('flags %s', (text, hit) => {
    expect(codes(text)).toContain('tone');
    expect(hits(text)).toContain(hit);
  });

  it.each([
    '好的亲，我们会尽快为您安排。',
    '您看一下尺码表，有疑问随时问我。',
    '亲，麻烦您确认一下收货地址。',
    '谢谢亲的耐心等待！',
    '不客气，祝您生活愉快！',
  ])('lets %s through', (text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('lintPhrase: variables', () => {
  it('accepts known variables and prompts in a template', () => {
    expect(codes('{买家}您好，订单{订单号}预计{发货时间}发出，{尺码?}已备注。')).toEqual([]);
  });

  it('flags unknown variables and broken braces', () => {
    expect(codes('{顾客}您好')).toEqual(['unfilled-variable']);
    expect(lintPhrase('{顾客}您好')[0]!.message).toContain('{顾客?}');
    expect(codes('{买家您好')).toEqual(['unfilled-variable']);
    expect(codes('您好{}')).toEqual(['unfilled-variable']);
  });

  it('flags every variable in an auto-reply', () => {
    expect(codes('{买家}您好，客服马上回来。', true)).toEqual(['unfilled-variable']);
  });
});

describe('lintPhrase: off-platform contact', () => {
  it.each(['有事打13812345678', '电话138 1234 5678', '座机021-12345678', '加我微信详聊', '加VX：abc123', '我的QQ 123456', 'ＱＱ群', '发邮件到shop@example.com', '加v看更多'])(
    'flags %s',
    (t) => {
      expect(codes(t)).toContain('off-platform-contact');
    },
  );

  it('does not take an order number or price for a phone number', () => {
    expect(codes('订单号 3138123456789012 已发货')).toEqual([]);
    expect(codes('满199减20，优惠价129元。')).toEqual([]);
  });
});

describe('lintPhrase: auto-reply length', () => {
  it('counts code points against the 128 limit', () => {
    const ok = '亲'.repeat(128);
    expect(codes(ok, true)).toEqual([]);
    expect(codes(ok + '😀', true)).toEqual(['too-long']);
    expect(lintPhrase(ok + '😀', { autoReply: true })[0]!.message).toContain('129');
    expect(codes(ok + '😀')).toEqual([]); // only auto-replies have the limit
  });

  it('returns issues in text order with offsets', () => {
    const r = lintPhrase('必须拍，绝对正品');
    expect(r.map((i) => [i.code, i.start, i.end])).toEqual([
      ['tone', 0, 2],
      ['absolute-claim', 4, 6],
    ]);
  });
});

describe('lint messages in English', () => {
  it('says the same things in English when asked, and Chinese by default', () => {
    const text = '本店最好的产品，加微信 abc123，{尺寸';
    const zh = lintPhrase(text);
    const en = lintPhrase(text, { lang: 'en' });
    expect(en.map((i) => [i.code, i.start, i.end])).toEqual(zh.map((i) => [i.code, i.start, i.end]));
    expect(zh.every((i) => /[\u4e00-\u9fff]/.test(i.message.replace(/[「“].*?[」”]/g, '')))).toBe(true);
    for (const issue of en) expect(issue.message.replace(/“.*?”/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(lintPhrase('x'.repeat(130), { autoReply: true, lang: 'en' })[0]!.message).toMatch(/at most 128 characters; this one has 130/);
  });
});
