import { describe, expect, it } from 'vitest';
import { fillVariables, findMalformedBraces, listVariables } from './variables';

describe('listVariables', () => {
  it('lists distinct variables in order and marks prompts', () => {
    expect(listVariables('{买家}您好，订单{订单号}的{尺码?}已记下，{买家}请放心，日期{日期？}')).toEqual([
      { name: '买家', prompt: false },
      { name: '订单号', prompt: false },
      { name: '尺码', prompt: true },
      { name: '日期', prompt: true },
    ]);
    expect(listVariables('没有变量')).toEqual([]);
  });
});

describe('fillVariables', () => {
  it('treats names every object has (constructor, toString, __proto__) as ordinary variables', () => {
    const r = fillVariables('{constructor}{toString?}{__proto__}{hasOwnProperty}', {});
    expect(r).toEqual({ text: '{constructor}{toString?}{__proto__}{hasOwnProperty}', missing: ['constructor', 'toString', '__proto__', 'hasOwnProperty'] });
    const values = Object.fromEntries([['constructor', '甲'], ['__proto__', '乙']]);
    expect(fillVariables('{constructor}和{__proto__}', values).text).toBe('甲和乙');
  });

  it('fills known variables and prompts by name', () => {
    const r = fillVariables('{买家}您好，{尺码?}码已备注，{发货时间}前发出。', {
      买家: '小王',
      尺码: 'L',
      发货时间: '明天下午',
    });
    expect(r).toEqual({ text: '小王您好，L码已备注，明天下午前发出。', missing: [] });
  });

  it('leaves missing or blank values visible and reports each name once', () => {
    const r = fillVariables('{买家}您好，单号{订单号}，{买家}', { 买家: '  ' });
    expect(r.text).toBe('{买家}您好，单号{订单号}，{买家}');
    expect(r.missing).toEqual(['买家', '订单号']);
  });

  it('never touches text that is not a variable', () => {
    expect(fillVariables('价格{ 10 }元，{}', { 10: 'x' })).toEqual({ text: '价格{ 10 }元，{}', missing: [] });
  });
});

describe('findMalformedBraces', () => {
  it('finds unclosed, stray and empty braces but not variables', () => {
    expect(findMalformedBraces('{买家}好').map((p) => p.raw)).toEqual([]);
    expect(findMalformedBraces('{买家 好}').map((p) => p.raw)).toEqual(['{买家 好}']);
    expect(findMalformedBraces('您好{买家').map((p) => p.raw)).toEqual(['{']);
    expect(findMalformedBraces('您好}').map((p) => p.raw)).toEqual(['}']);
    expect(findMalformedBraces('{}').map((p) => p.raw)).toEqual(['{}']);
    expect(findMalformedBraces('｛买家｝').map((p) => p.raw)).toEqual(['｛买家｝']);
  });
});
