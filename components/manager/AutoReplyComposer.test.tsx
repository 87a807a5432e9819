// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTO_REPLY_SUGGESTIONS } from '../../core/phrases';
import { AutoReplyComposer } from './AutoReplyComposer';
import { createNotice } from './notice';
import { NoticeBar } from './NoticeBar';
import { byRole, click, typeInto } from '../../test/helpers/manager';

describe('AutoReplyComposer', () => {
  let root: HTMLElement;
  const writeClipboard = vi.fn(async (_text: string) => undefined);
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    const notice = createNotice();
    render(
      <>
        <NoticeBar lang="zh" notice={notice} />
        <AutoReplyComposer lang="zh" notice={notice} writeClipboard={writeClipboard} storage={null} />
      </>,
      root,
    );
  });
  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
  });

  const area = () => {
    const label = Array.from(root.querySelectorAll('label')).find((l) => l.textContent?.startsWith('自动回复内容'))!;
    return label.querySelector('textarea')!;
  };
  const counter = () => root.querySelector('#composer-count')!;
  const chip = (name: string) => Array.from(root.querySelectorAll('.chip')).find((c) => c.textContent?.includes(name))!;

  it('counts code points, not UTF-16 units', async () => {
    await typeInto(area(), '您好😀');
    expect(counter().textContent).toBe('3 / 128');
    expect(counter().classList.contains('over')).toBe(false);
  });

  it('says in words and in red when the text is over 128', async () => {
    await typeInto(area(), '好'.repeat(130));
    expect(counter().textContent).toBe('130 / 128');
    expect(counter().classList.contains('over')).toBe(true);
    expect(root.querySelector('#composer-limit')!.textContent).toBe('超出 2 字，平台不会接受，请删减。');
  });

  it('marks covered topics and appends the suggestion for a missing one', async () => {
    await typeInto(area(), '亲，页面能拍的都有现货。');
    expect(chip('库存').className).toContain('covered');
    expect(chip('退换货').className).toContain('missing');
    const returns = Array.from(root.querySelectorAll('.suggestions li')).find((li) => li.textContent?.includes('退换货'))!;
    await click(returns.querySelector('button')!);
    expect(area().value).toBe(`亲，页面能拍的都有现货。${AUTO_REPLY_SUGGESTIONS.returns}`);
    expect(chip('退换货').className).toContain('covered');
  });

  it('lists lint issues of the auto-reply', async () => {
    await typeInto(area(), '您好{买家}，全店绝对包邮');
    const lint = root.querySelector('.lint')!.textContent!;
    expect(lint).toContain('绝对');
    expect(lint).toContain('变量');
  });

  it('copies the text and says so', async () => {
    await typeInto(area(), '您好，欢迎光临');
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === '复制')!);
    expect(writeClipboard).toHaveBeenCalledWith('您好，欢迎光临');
    expect(byRole(root, 'status')[0]!.textContent).toBe('已复制');
  });
});
