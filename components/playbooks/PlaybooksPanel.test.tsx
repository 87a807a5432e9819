// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Buyer, Conversation } from '../../core/consoles';
import { button, click, fakeClient, flush, phrase, snapshotOf } from '../../test/helpers/manager';
import { createLibraryState } from '../phrases/library-state';
import type { PageProblem, SidebarHost } from '../sidebar/host';
import { createStatus } from '../sidebar/status';
import { PlaybooksPanel } from './PlaybooksPanel';

const A: Buyer = { id: 'buyer-a', name: '阿甲' };
const B: Buyer = { id: 'buyer-b', name: '阿乙' };

/** The agent's library: one starter phrase edited, one replaced by a copy of the same title, one gone. */
const LIBRARY = [
  phrase('phr_starter_ship-tracking', '我的查物流', '包裹发出了，单号在订单里。', null, 1),
  phrase('phr_mine', '物流不更新', '我这就问快递。', null, 2),
  phrase('phr_where', '包裹位置', '您的包裹正在路上，预计很快送到。', null, 3, { examples: ['包裹到哪了', '物流到哪了'] }),
];

let root: HTMLElement;
afterEach(() => {
  if (root) render(null, root);
  document.body.innerHTML = '';
});

async function mount(options: { orderStatus?: string } = {}) {
  const recorded: Record<string, unknown>[] = [];
  const { client, requests } = fakeClient({
    getLibraryView: () => snapshotOf(LIBRARY, []),
    recordConversationOutcome: (req) => {
      recorded.push(req);
      return { id: 'out_1', at: Date.UTC(2026, 11, 1, 2), ...req };
    },
    getConversationOutcomes: (req) => recorded.filter((r) => r.buyerId === req.buyerId).map((r, i) => ({ id: `out_${i}`, at: Date.UTC(2026, 11, 1, 2), ...r })),
  });
  const insert = vi.fn(async () => ({ kind: 'inserted' as const }));
  const host: SidebarHost = {
    lang: 'zh',
    site: { id: 'pinduoduo', name: '拼多多', confidence: 'seen' },
    client,
    buyer: signal<Buyer | null>(A),
    conversations: signal<Conversation[]>([]),
    problems: signal<PageProblem[]>([]),
    buyerMessages: signal<readonly string[]>([]),
    orderStatus: signal<string | null>(options.orderStatus ?? null),
    variableValues: () => ({}),
    insert,
  };
  const library = createLibraryState({ client });
  await library.load();
  const status = createStatus();
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<PlaybooksPanel host={host} library={library} status={status} />, root);
  });
  await flush();
  return { host, insert, requests, recorded, status };
}

const heading = () => root.querySelector('.pb-step-title')?.textContent;
const setBuyer = async (host: SidebarHost, buyer: Buyer) => {
  await act(async () => {
    (host.buyer as ReturnType<typeof signal<Buyer | null>>).value = buyer;
  });
  await flush();
};

describe('应对 panel', () => {
  it('the page’s order status preselects the shipped answer, and says so', async () => {
    await mount({ orderStatus: '已发货' });
    await click(button(root, '催发货买家催发货、问什么时候发出'));
    expect(heading()).toBe('订单发货了吗？');
    const preselected = root.querySelector<HTMLButtonElement>('[data-preselected]');
    expect(preselected?.textContent).toBe('已经发出');
    expect(document.activeElement).toBe(preselected);
    expect(root.textContent).toContain('页面显示：已发货');
  });

  it('proposes the edited starter phrase, a same-title copy and a marked stand-in, and inserts through the host', async () => {
    const { insert } = await mount();
    await click(button(root, '催发货买家催发货、问什么时候发出'));
    await click(button(root, '已经发出'));
    expect(heading()).toBe('告诉买家怎么查物流');
    // The stand-in comes from the reply index, built in slices: let it finish.
    await vi.waitFor(async () => {
      await flush();
      expect(root.querySelectorAll('.pb-phrase-title').length).toBe(3);
    });
    const items = Array.from(root.querySelectorAll('.pb-phrase'));
    expect(items.map((li) => li.querySelector('.pb-phrase-title')?.textContent)).toEqual(['我的查物流', '物流不更新', '包裹位置']);
    expect(items.map((li) => li.className)).toEqual(['pb-phrase pb-starter', 'pb-phrase pb-same-title', 'pb-phrase pb-similar']);
    expect(items[2]!.textContent).toContain('原话术已删除');
    await click(button(root, '插入：我的查物流'));
    await vi.waitFor(() => expect(insert).toHaveBeenCalledWith('包裹发出了，单号在订单里。', A));
  });

  it('keeps each buyer’s run apart, and records the outcome under the buyer with the path', async () => {
    const { host, recorded, status } = await mount();
    await click(button(root, '投诉买家不满、要投诉'));
    await click(button(root, '下一步'));
    expect(heading()).toBe('买家的要求在你的权限内吗？');

    await setBuyer(host, B);
    expect(root.querySelector('.pb-home')).not.toBeNull();
    expect(root.textContent).toContain('阿乙 的最近结果');
    await setBuyer(host, A);
    expect(heading()).toBe('买家的要求在你的权限内吗？');

    await click(button(root, '超出权限'));
    const form = root.querySelector<HTMLFormElement>('form[aria-label="记录结果"]')!;
    const radios = Array.from(form.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    await click(radios[1]!); // 未解决
    await click(button(form, '记录结果'));
    expect(recorded).toEqual([
      expect.objectContaining({ kind: 'recordConversationOutcome', site: 'pinduoduo', buyerId: 'buyer-a', source: 'playbook', playbook: 'complaint', path: ['listen', 'authority:beyond', 'escalate'], resolved: false }),
    ]);
    expect(status.current.value?.text).toBe('已记录：投诉（阿甲）');
    await flush();
    const recent = root.querySelector('.pb-recent')!;
    expect(recent.textContent).toContain('投诉');
    expect(recent.textContent).toContain('未解决');
    expect(recent.textContent).toContain('超出权限');
  });
});
