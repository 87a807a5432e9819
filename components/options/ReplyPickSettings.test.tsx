// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplyPick } from '../../core/usage/reply-picks';
import { button, click, fakeClient, phrase } from '../../test/helpers/manager';
import { createStatus } from '../sidebar/status';
import { ReplyPickSettings } from './ReplyPickSettings';

const PHRASES = [phrase('phr_a', '包邮说明', '亲，全国包邮', null, 0), phrase('phr_b', '发货时间', '48小时内发货', null, 1)];
const PICKS: ReplyPick[] = [
  { question: '包邮吗', phraseId: 'phr_a', at: 30, count: 3 },
  { question: '<img src=x onerror=alert(1)>几天发货', phraseId: 'phr_b', at: 20, count: 1 },
  { question: '偏远地区包邮吗', phraseId: 'phr_a', at: 10, count: 1 },
  { question: '还在吗', phraseId: 'phr_gone', at: 5, count: 9 },
];

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  document.body.innerHTML = '';
});

async function mount(picks: ReplyPick[], lang: 'zh' | 'en' = 'zh') {
  const fake = fakeClient({ forgetReplyPicks: (req) => ({ forgotten: req.phraseId === 'phr_a' ? 2 : picks.length }) });
  const status = createStatus();
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<ReplyPickSettings lang={lang} client={fake.client} picks={picks} phrases={PHRASES} status={status} />, root));
  return { fake, status };
}

describe('ReplyPickSettings', () => {
  it('says how many picks are kept and lists the most picked phrases by title, most first', async () => {
    await mount(PICKS);
    expect(root.querySelector('h2')!.textContent).toBe('建议回复');
    expect(root.textContent).toContain('已记住 4 条选择。');
    const rows = Array.from(root.querySelectorAll('ul[aria-label="最常选的话术"] li span')).map((s) => s.textContent);
    expect(rows).toEqual(['（已删除的话术）（9 次）', '包邮说明（4 次）', '发货时间（1 次）']);
    expect(root.querySelector('img')).toBeNull();
  });

  it('forgets one phrase’s picks', async () => {
    const { fake, status } = await mount(PICKS);
    await click(button(root, '忘记“包邮说明”的选择'));
    expect(fake.requests).toEqual([{ kind: 'forgetReplyPicks', phraseId: 'phr_a' }]);
    expect(status.current.value).toEqual({ kind: 'status', text: '已忘记“包邮说明”的 2 条选择。' });
  });

  it('forgets all only after a confirm; cancel asks nothing', async () => {
    const { fake, status } = await mount(PICKS, 'en');
    await click(button(root, 'Forget all'));
    expect(root.textContent).toContain('Forget all 4 picks? Suggested replies will learn from scratch.');
    await click(button(root, 'Cancel'));
    expect(fake.requests).toEqual([]);
    await click(button(root, 'Forget all'));
    await click(button(root, 'Yes, forget'));
    expect(fake.requests).toEqual([{ kind: 'forgetReplyPicks' }]);
    expect(status.current.value).toEqual({ kind: 'status', text: 'Forgot all 4 picks.' });
  });

  it('with nothing kept: says so, and forget all is disabled', async () => {
    await mount([]);
    expect(root.textContent).toContain('还没有记住任何选择。');
    expect(button(root, '全部忘记').disabled).toBe(true);
    expect(root.querySelector('ul')).toBeNull();
  });
});
