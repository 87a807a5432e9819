// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { selectorFor } from './css-path';

const find = (sel: string) => document.querySelectorAll(sel);

describe('selectorFor', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('uses a stable id', () => {
    document.body.innerHTML = '<div><textarea id="replyTextarea2"></textarea></div>';
    const el = document.querySelector('textarea')!;
    expect(selectorFor(el)).toBe('#replyTextarea2');
  });

  it('prefers a data hook over generated class names', () => {
    document.body.innerHTML = `<div class="index_Editor__x7f3a">
      <textarea class="index_Input__a1b2c3" data-qa-id="qa-im-editor-input"></textarea></div>`;
    const el = document.querySelector('textarea')!;
    const sel = selectorFor(el)!;
    expect(sel).toBe('textarea[data-qa-id="qa-im-editor-input"]');
    expect(sel).not.toContain('__');
  });

  it('builds a short path when the element has nothing of its own, and it finds only that element', () => {
    document.body.innerHTML = `<div class="im-input"><div class="im-input-inner" contenteditable="true"></div></div>
      <div class="note"><div class="im-input-inner"></div></div>`;
    const el = document.querySelector('[contenteditable]')!;
    const sel = selectorFor(el)!;
    expect(find(sel)).toHaveLength(1);
    expect(find(sel)[0]).toBe(el);
  });

  it('tells siblings apart by position when nothing else does', () => {
    document.body.innerHTML = '<section><p></p><p></p><p></p></section>';
    const el = document.querySelectorAll('p')[1]!;
    const sel = selectorFor(el)!;
    expect(find(sel)).toHaveLength(1);
    expect(find(sel)[0]).toBe(el);
  });
});
