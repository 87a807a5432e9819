import { describe, expect, it } from 'vitest';
import { GROUP_NAME_MAX, PHRASE_CODE_MAX, PHRASE_TEXT_MAX, PHRASE_TITLE_MAX, phraseDraftSchema } from './model';
import { lintPhrase } from './lint';
import { createPhraseIndex } from './search-index';
import { searchPhrases } from './search';
import { STARTER_GROUPS, STARTER_PHRASES, STARTER_VERSION } from './starter-library';
import { STARTER_EXAMPLES, STARTER_EXAMPLE_LIST } from './starter-examples';
import { STARTER_V1_WORDING } from './starter-v1';
import { PHRASE_STAGES } from './stages';
import { listVariables } from './variables';

describe('starter library', () => {
  it('has at least 150 phrases, 30 of them new in v2', () => {
    expect(STARTER_PHRASES.length).toBeGreaterThanOrEqual(150);
    expect(STARTER_PHRASES.filter((p) => p.since === 2).length).toBeGreaterThanOrEqual(30);
    expect(STARTER_PHRASES.every((p) => (p.since ?? 1) <= STARTER_VERSION)).toBe(true);
  });

  it('has at least 120 phrases with unique keys and codes', () => {
    expect(STARTER_PHRASES.length).toBeGreaterThanOrEqual(120);
    const keys = STARTER_PHRASES.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    const codes = STARTER_PHRASES.flatMap((p) => (p.code ? [p.code] : []));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length / STARTER_PHRASES.length).toBeGreaterThan(0.8);
    for (const c of codes) expect(c).toMatch(/^[a-z][a-z0-9]{0,19}$/);
  });

  it('fits the model limits and uses only known groups, each group non-empty', () => {
    const groupKeys = new Set(STARTER_GROUPS.map((g) => g.key));
    for (const g of STARTER_GROUPS) expect(g.name.length).toBeLessThanOrEqual(GROUP_NAME_MAX);
    for (const p of STARTER_PHRASES) {
      expect(groupKeys.has(p.groupKey), p.key).toBe(true);
      expect(p.title.length).toBeLessThanOrEqual(PHRASE_TITLE_MAX);
      expect(p.text.length).toBeLessThanOrEqual(PHRASE_TEXT_MAX);
      expect((p.code ?? '').length).toBeLessThanOrEqual(PHRASE_CODE_MAX);
    }
    for (const g of STARTER_GROUPS) expect(STARTER_PHRASES.some((p) => p.groupKey === g.key), g.key).toBe(true);
  });

  it('covers every stage', () => {
    const stages = new Set(STARTER_PHRASES.map((p) => p.stage));
    for (const s of PHRASE_STAGES) expect(stages.has(s), s).toBe(true);
  });

  it('every phrase lints clean and avoids banned words outright', () => {
    for (const p of STARTER_PHRASES) {
      expect(lintPhrase(p.text), `${p.key}: ${p.text}`).toEqual([]);
      expect(lintPhrase(p.title), p.key).toEqual([]);
      expect(p.text, p.key).not.toMatch(/最|第一|100%|绝对/);
    }
  });

  it('covers the cases the domain lists', () => {
    const titles = STARTER_PHRASES.map((p) => p.title).join('|');
    for (const must of ['催发货-未超时', '催发货-已超时', '改地址-未发货', '改地址-已发货', '忘用优惠券', '退货-符合条件', '退货-不符合条件', '小件补偿不退', '差评私聊沟通', '公开回复', '二选一', '先少量试用', '缺色反问', '限时提醒', '大单确认库存', '大单省运费', '超出权限请示', '核对收货地址']) {
      expect(titles, must).toContain(must);
    }
  });

  it('keeps the shipping phrase the e2e tests search for', () => {
    const ship = STARTER_PHRASES.find((p) => p.code === 'fh');
    expect(ship).toMatchObject({ title: '发货时间', groupKey: 'shipping' });
    expect(STARTER_GROUPS.find((g) => g.key === 'shipping')?.name).toBe('发货物流');
    expect(ship!.text).toContain('发货');
  });

  it('fh, fahuo and the code find a shipping phrase in the top 3', () => {
    const groupName = new Map(STARTER_GROUPS.map((g) => [g.key, g.name]));
    const index = createPhraseIndex(STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text, code: p.code, group: groupName.get(p.groupKey) })));
    for (const q of ['fh', 'fahuo', '发货', 'fa货', 'cfh']) {
      const top = searchPhrases(index, q, 3).map((r) => r.id);
      expect(top.some((id) => STARTER_PHRASES.find((p) => p.key === id)?.groupKey === 'shipping'), q).toBe(true);
    }
    expect(searchPhrases(index, 'fh', 1)[0]!.id).toBe('ship-when');
  });

  it('the address confirmation fills the address from the page', () => {
    const p = STARTER_PHRASES.find((x) => x.key === 'ship-confirm-address')!;
    expect(listVariables(p.text)).toEqual([
      { name: '买家', prompt: false },
      { name: '地址', prompt: false },
    ]);
  });

  it('every phrase has 3–5 examples, short, valid as stored, none shared between phrases', () => {
    const seen = new Map<string, string>();
    for (const p of STARTER_PHRASES) {
      expect(p.examples!.length, p.key).toBeGreaterThanOrEqual(3);
      expect(p.examples!.length, p.key).toBeLessThanOrEqual(5);
      expect(phraseDraftSchema.safeParse({ title: p.title, text: p.text, groupId: null, examples: p.examples }).success, p.key).toBe(true);
      for (const e of p.examples!) {
        expect(e.length, `${p.key}: ${e}`).toBeLessThanOrEqual(20);
        expect(seen.get(e), `${e} on ${p.key} and ${seen.get(e)}`).toBeUndefined();
        seen.set(e, p.key);
      }
    }
    // No examples for phrases that do not exist; the exported list is every example, once.
    const keys = new Set(STARTER_PHRASES.map((p) => p.key));
    expect(Object.keys(STARTER_EXAMPLES).filter((k) => !keys.has(k))).toEqual([]);
    expect([...STARTER_EXAMPLE_LIST].sort()).toEqual([...seen.keys()].sort());
  });

  it('no text fixes a clock time, a same-day promise or a fixed number of hours', () => {
    const clock = /\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[点點]|(十[一二]?|[两三四五六七八九])[点點](?!儿)|\d+\s*(小时|分钟)|(今天|今晚|当天)(内|就)?(发|到|安排|补发|联系)/;
    for (const p of STARTER_PHRASES) expect(p.text, p.key).not.toMatch(clock);
    // The test itself: it catches what the issue named.
    for (const bad of ['下午4点前付款当天就能发出', '活动价今晚12点结束', '16:00 前付款', '48小时内发货', '今天就安排']) expect(bad).toMatch(clock);
  });

  it('the weak phrases the issue names are rewritten truthfully', () => {
    const text = (code: string) => STARTER_PHRASES.find((p) => p.code === code)!.text;
    expect(text('xs')).not.toMatch(/今晚|12点|七天/);
    expect(text('xs')).toContain('{活动截止?}');
    expect(text('xh')).toContain('{发货时间}');
    expect(text('xh')).not.toMatch(/4点|当天/);
    expect(text('zp')).not.toMatch(/专柜|验货/);
    expect(text('jj')).not.toMatch(/没办法补差价|无门槛券/);
    expect(text('jj')).toMatch(/价保/);
    expect(text('yfx')).not.toMatch(/上门取件/);
    expect(text('yfx')).toMatch(/不一定/);
    expect(text('fch')).not.toMatch(/到付/);
    expect(text('hfwl')).not.toMatch(/天气|大促/);
  });

  it('covers the topics the buyers asked about and found no phrase for', () => {
    const titles = STARTER_PHRASES.map((p) => p.title).join('|');
    for (const must of ['到货时间-未发货', '到货时间-已发货', '保修政策', '安装服务', '改约派送时间', '驿站还是送货上门', '快递柜', '规格参数', '保质期', '包装清单', '专票所需信息', '电子还是纸质发票', '什么时候开票', '是否支持价保', '支付方式', '优惠券领不了', '修改收货手机号', '催快递派送', '平台账户问题']) {
      expect(titles, must).toContain(must);
    }
    const platform = STARTER_PHRASES.find((p) => p.key === 'esc-platform')!;
    expect(platform.text).toMatch(/平台客服/);
  });

  it('clothing words stay in the clothing group (or in a prompt the agent fills)', () => {
    const clothing = /尺码|码数|面料|吊牌|洗护|手洗|穿着|大一码/;
    const outside = STARTER_PHRASES.filter((p) => p.groupKey !== 'clothing' && clothing.test(p.text)).map((p) => p.key);
    expect(outside).toEqual([]);
    expect(STARTER_PHRASES.filter((p) => p.groupKey === 'clothing').length).toBeGreaterThanOrEqual(4);
  });

  it('public review replies carry the flag, and only they', () => {
    const flagged = STARTER_PHRASES.filter((p) => p.publicReply).map((p) => p.key);
    const titled = STARTER_PHRASES.filter((p) => p.title.startsWith('公开回复')).map((p) => p.key);
    expect(flagged).toEqual(titled);
    expect(flagged.length).toBeGreaterThanOrEqual(5);
  });

  it('shipped / not-shipped variants are tagged, never both', () => {
    const variants = STARTER_PHRASES.filter((p) => /-(已|未)发货$/.test(p.title));
    expect(variants.length).toBeGreaterThanOrEqual(8);
    for (const p of variants) expect(p.tags, p.key).toContain(p.title.endsWith('已发货') ? '已发货' : '未发货');
    for (const p of STARTER_PHRASES) expect(p.tags?.includes('已发货') && p.tags.includes('未发货'), p.key).toBeFalsy();
  });

  it('the v1 wording names real phrases and only fields that really changed', () => {
    const byKey = new Map(STARTER_PHRASES.map((p) => [p.key, p]));
    for (const [key, before] of Object.entries(STARTER_V1_WORDING)) {
      const now = byKey.get(key);
      expect(now, key).toBeDefined();
      expect(now!.since ?? 1, key).toBe(1);
      for (const [field, value] of Object.entries(before)) expect(JSON.stringify(value), `${key}.${field}`).not.toBe(JSON.stringify(now![field as keyof typeof now]));
    }
  });
});
