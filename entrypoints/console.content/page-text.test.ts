// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../test/helpers/hostile-strings';
import { boundedText, leadingText } from './page-text';

const WELL_FORMED = /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/;

describe('boundedText', () => {
  it('drops NUL, C0 and C1 controls and folds whitespace', () => {
    expect(boundedText(null, 50, 'a\u0000b\u0007c\u0085d\u009fe\r\n\tf')).toBe('a b c d e f');
  });

  it('drops bidi overrides and isolates, so a name cannot turn the words after it around', () => {
    expect(boundedText(null, 50, '\u202Egnp.exe\u202C 买家')).toBe('gnp.exe 买家');
    expect(boundedText(null, 50, '\u2066abc\u2069\u202Aд\u202B')).toBe('abc д');
  });

  it('keeps emoji, ZWJ sequences and zero-width joiners whole', () => {
    expect(boundedText(null, 50, '👨‍👩‍👧 好')).toBe('👨‍👩‍👧 好');
  });

  it('never ends in half a surrogate pair when the cut falls inside one', () => {
    expect(boundedText(null, 3, 'ab😀c')).toBe('ab');
    expect(boundedText(null, 4, 'ab😀c')).toBe('ab😀');
  });

  it('never ends in a space where the cut falls after one', () => {
    expect(boundedText(null, 4, '行 行 行')).toBe('行 行');
  });

  it('shows lone surrogates from the page as U+FFFD', () => {
    expect(boundedText(null, 20, 'a\ud83db')).toBe('a\ufffdb');
    expect(boundedText(null, 20, 'a\ude00b\ude00\ud83d')).toBe('a\ufffdb\ufffd\ufffd');
  });

  it.each(HOSTILE_STRINGS.map((s) => [s.label, s.text] as const))('%s: bounded, well-formed, without controls', (_label, text) => {
    for (const max of [1, 64, 500]) {
      const out = boundedText(null, max, text);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).toMatch(WELL_FORMED);
      // eslint-disable-next-line no-control-regex
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it('reads only the start of an element, never its whole text (a 1 MB name costs what a short one does)', () => {
    const el = document.createElement('span');
    el.append('\n   买家', document.createElement('b'), 'x'.repeat(1 << 20));
    Object.defineProperty(el, 'textContent', { get: () => { throw new Error('the whole text was read'); } });
    expect(boundedText(el, 8)).toBe('买家xxxxxx');
    expect(boundedText(null, 8, 'y'.repeat(1 << 20))).toBe('yyyyyyyy');
  });

  it('reads at most max characters of a huge element', () => {
    const el = document.createElement('p');
    el.textContent = 'x'.repeat(1 << 20);
    expect(leadingText(el, 500)).toHaveLength(500);
  });
});
