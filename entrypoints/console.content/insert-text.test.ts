// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { insertText } from './insert-text';

describe('insertText into a textarea', () => {
  let area: HTMLTextAreaElement;
  beforeEach(() => {
    document.body.innerHTML = '<textarea></textarea>';
    area = document.querySelector('textarea')!;
  });

  it('inserts at the caret and tells the app through a bubbling input event', async () => {
    const seen: string[] = [];
    document.body.addEventListener('input', () => seen.push(area.value));
    area.value = '您好，';
    area.setSelectionRange(3, 3);
    expect(await insertText(area, '今天发货')).toEqual({ ok: true });
    expect(area.value).toBe('您好，今天发货');
    expect(seen).toEqual(['您好，今天发货']);
  });

  it('replaces the selected part only', async () => {
    area.value = 'abcXYZdef';
    area.setSelectionRange(3, 6);
    await insertText(area, '中');
    expect(area.value).toBe('abc中def');
  });

  it('survives a controlled re-render that writes back the state it saw from input events', async () => {
    const state = { draft: '' };
    area.addEventListener('input', () => (state.draft = area.value));
    const timer = setInterval(() => (area.value = state.draft), 10);
    try {
      expect(await insertText(area, '已为您登记')).toEqual({ ok: true });
      expect(state.draft).toBe('已为您登记');
    } finally {
      clearInterval(timer);
    }
  });

  it('reports not-verified when the page throws the text away', async () => {
    area.addEventListener('input', () => setTimeout(() => (area.value = ''), 0));
    expect(await insertText(area, '亲')).toEqual({ ok: false, reason: 'not-verified' });
  });

  it('does not count text already in the draft as proof', async () => {
    area.value = '亲';
    area.addEventListener('input', () => setTimeout(() => (area.value = '亲'), 0));
    expect(await insertText(area, '亲')).toEqual({ ok: false, reason: 'not-verified' });
  });

  it('refuses a disabled input', async () => {
    area.disabled = true;
    expect(await insertText(area, '亲')).toEqual({ ok: false, reason: 'not-editable' });
    expect(area.value).toBe('');
  });

  it('refuses an element that takes no text', async () => {
    document.body.innerHTML = '<div>read only</div>';
    expect(await insertText(document.querySelector('div')!, '亲')).toEqual({ ok: false, reason: 'not-editable' });
  });
});
