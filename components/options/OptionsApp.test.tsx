// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, byRole, click, fakeClient, flush, group, phrase, snapshotOf } from '../../test/helpers/manager';
import { createLibraryState } from '../phrases/library-state';
import { OptionsApp } from './OptionsApp';

describe('OptionsApp', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    location.hash = '';
    const fake = fakeClient({
      getLibraryView: () => snapshotOf([phrase('phr_a', '欢迎光临', '您好', 'grp_a', 0)], [group('grp_a', '接待', 0)]),
      listSnapshots: () => ({ ok: false, error: { code: 'internal', message: '快照读取失败' } }),
    });
    const library = createLibraryState({ client: fake.client });
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<OptionsApp lang="zh" client={fake.client} library={library} adapters={[]} />, root);
      await library.load();
    });
    await flush();
  });
  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
  });

  const tabs = () => byRole(root, 'tab');
  const visiblePanel = () => byRole(root, 'tabpanel').find((p) => !p.hidden)!;

  const tab = (name: string) => tabs().find((t) => t.textContent === name)!;

  it('organises the page in tabs from the panel registry, the library first', () => {
    expect(byRole(root, 'tablist')).toHaveLength(1);
    expect(tabs().map((t) => t.textContent)).toEqual(['话术库', '导入导出', '自动回复', '关系', '转移', '分流', '客户', '指标', '会话记录', '变量', '同义词', '页面选择器', '团队同步', '团队管理', '备份']);
    expect(tabs()[0]!.getAttribute('aria-selected')).toBe('true');
    expect(visiblePanel().textContent).toContain('欢迎光临');
  });

  it('moves between tabs with the arrow keys', async () => {
    await act(() => {
      tabs()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    expect(tab('备份').getAttribute('aria-selected')).toBe('true');
    expect(location.hash).toBe('#backup');
  });

  it('shows a failing request as an alert inside its panel, and the page keeps working', async () => {
    await click(tab('备份'));
    expect(visiblePanel().querySelector('[role="alert"]')!.textContent).toContain('快照读取失败');
    await click(tab('自动回复'));
    expect(visiblePanel().textContent).toContain('自动回复内容');
    expect(button(root, '复制').disabled).toBe(true);
  });
});
