import { describe, expect, it } from 'vitest';
import { GROUP_NAME_MAX, PHRASE_CODE_MAX, PHRASE_TEXT_MAX, PHRASE_TITLE_MAX } from './model';
import { lintPhrase } from './lint';
import { createPhraseIndex } from './search-index';
import { searchPhrases } from './search';
import { STARTER_GROUPS, STARTER_PHRASES } from './starter-library';
import { PHRASE_STAGES } from './stages';
import { listVariables } from './variables';

describe('starter library', () => {
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
});
