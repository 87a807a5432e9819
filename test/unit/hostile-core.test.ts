/**
 * Issue 12 item 3, the pure side: each hostile string as a phrase variable's name and value, a
 * phrase's title and text, a search query, a buyer message for suggested replies, a conversation
 * row for the waiting radar and a placeholder value in our own sentences. Nothing throws, nothing
 * inherited is found by name, and what comes out stays bounded.
 */
import { describe, expect, it } from 'vitest';
import { observeRadar, radarAt, type BuyerStreak } from '../../core/customers/radar-board';
import { waitedSecondsOf } from '../../core/customers/radar-wait-text';
import {
  STARTER_PHRASES,
  createPhraseIndex,
  createReplyIndex,
  fillVariables,
  findMalformedBraces,
  findVariables,
  listVariables,
  orderStateOf,
  searchPhrases,
  suggestReplies,
  variableValue,
} from '../../core/phrases';
import { t } from '../../components/ui/i18n';
import { HOSTILE_STRINGS, POLLUTED } from '../helpers/hostile-strings';

const CASES = HOSTILE_STRINGS.map((s) => [s.label, s.text] as const);
const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__'];

describe('phrase variables with hostile names and values', () => {
  it('a variable named like an Object.prototype member finds nothing inherited, in a plain object or a prototype-free one', () => {
    for (const name of PROTO_NAMES) {
      expect(variableValue({}, name), name).toBe('');
      expect(variableValue(Object.create(null) as Record<string, string>, name), name).toBe('');
      const text = `亲{${name}}好{${name}?}`;
      expect(fillVariables(text, {}), name).toEqual({ text, missing: [name] });
      expect(listVariables(text), name).toEqual([{ name, prompt: false }, { name, prompt: true }]);
    }
  });

  it('an own value under such a name is used (as JSON from the page makes it)', () => {
    const values = JSON.parse('{"__proto__":"甲","constructor":"乙","toString":"丙"}') as Record<string, string>;
    expect(fillVariables('{__proto__}{constructor}{toString}', values)).toEqual({ text: '甲乙丙', missing: [] });
  });

  it.each(CASES)('%s: as a value, inserted as it is (no $-patterns, no second pass)', (_label, text) => {
    const { text: filled, missing } = fillVariables('前{买家}中{商品}后', { 买家: text, 商品: text });
    if (text.trim() === '') expect(missing).toEqual(['买家', '商品']);
    else expect(filled).toBe(`前${text}中${text}后`);
  });

  it.each(CASES)('%s: as phrase text, variables and brace problems are found without throwing, inside the text', (_label, text) => {
    for (const v of findVariables(text)) expect(text.slice(v.start, v.end)).toBe(`{${v.name}${v.prompt ? '?' : ''}}`.replace('?', text[v.end - 2] === '？' ? '？' : '?'));
    for (const p of findMalformedBraces(text)) expect(text.slice(p.start, p.end)).toBe(p.raw);
    expect(() => fillVariables(text, { 买家: 'x' })).not.toThrow();
  });
});

describe('search and suggested replies over hostile text', () => {
  const hostilePhrases = HOSTILE_STRINGS.map((s, i) => ({ id: `h${i}`, title: s.text.slice(0, 60) || '空', text: s.text.slice(0, 5_000) || '空', code: s.text.slice(0, 10) }));
  const library = [...STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text, code: p.code })), ...hostilePhrases];
  const index = createPhraseIndex(library);
  const replies = createReplyIndex(library);

  it.each(CASES)('%s: as a query, search answers a bounded list of library phrases', (_label, text) => {
    const hits = searchPhrases(index, text, 20);
    expect(hits.length).toBeLessThanOrEqual(20);
    const ids = new Set(library.map((p) => p.id));
    for (const hit of hits) expect(ids.has(hit.id)).toBe(true);
  });

  it('a hostile phrase is found by its own words, and the starter ones still are', () => {
    expect(searchPhrases(index, '点我领券', 5).map((h) => h.id)).toContain(`h${HOSTILE_STRINGS.findIndex((s) => s.label === 'anchor javascript href')}`);
    expect(searchPhrases(index, '发货', 5).length).toBeGreaterThan(0);
  });

  it.each(CASES)('%s: as buyer messages, suggestions are at most 3 library phrases', (_label, text) => {
    const found = suggestReplies(replies, [text, text.slice(0, 500)], 3, { orderState: orderStateOf(text) });
    expect(found.length).toBeLessThanOrEqual(3);
    for (const s of found) expect(library.some((p) => p.id === s.id)).toBe(true);
  });

  it('包邮吗 with zero-width and bidi characters around it still asks about postage like the plain one', () => {
    const starters = createReplyIndex(STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text })));
    const plain = suggestReplies(starters, ['包邮吗'], 3).map((s) => s.id);
    expect(plain.length).toBeGreaterThan(0);
    expect(suggestReplies(starters, ['\u202E包\u200B邮\u2060吗\u202C'], 3).map((s) => s.id)[0]).toBe(plain[0]);
  });
});

describe('the waiting radar over hostile conversation rows', () => {
  it('every row is kept under its own id (a Map: no inherited entry), names as given, counts bounded', () => {
    const rows = HOSTILE_STRINGS.map((s, i) => ({ id: s.text.slice(0, 64) || `blank${i}`, name: s.text.slice(0, 64), active: i === 0, unread: true, unreadCount: i, waiting: s.text.slice(0, 32) }));
    const { memory } = observeRadar(new Map<string, BuyerStreak>(), rows, 2, 1_764_000_000_000, 'pinduoduo');
    const distinct = new Set(rows.map((r) => r.id));
    expect(memory.size).toBe(distinct.size);
    for (const name of PROTO_NAMES) expect(memory.has(name)).toBe(rows.some((r) => r.id === name));
    const entries = radarAt(memory, 1_764_000_060_000);
    for (const e of entries) {
      expect(e.unanswered).toBeGreaterThanOrEqual(0);
      expect(e.unanswered).toBeLessThanOrEqual(99);
    }
  });

  it.each(CASES)('%s: as a wait text, read as seconds or as nothing', (_label, text) => {
    const s = waitedSecondsOf(text);
    expect(s === null || (Number.isSafeInteger(s) && s >= 0)).toBe(true);
  });
});

describe('our sentences with hostile placeholder values', () => {
  it.each(CASES)('%s: filled as text once, never read as another placeholder', (_label, text) => {
    expect(t('zh', 'fillVariables', { title: text })).toBe(`填写“${text}”的内容`);
  });
});

it('nothing above polluted Object.prototype', () => {
  expect(({} as Record<string, unknown>)[POLLUTED]).toBeUndefined();
});
