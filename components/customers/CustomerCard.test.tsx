// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createRequests } from '../../core/areas';
import { createProtocolClient } from '../../core/client';
import type { Buyer, Conversation } from '../../core/consoles';
import { createCustomerService } from '../../core/customers';
import { createIdMaker } from '../../core/ids';
import { createRequestHandler } from '../../core/protocol';
import { createMemoryBackend } from '../../core/store';
import { createTestStore } from '../../test/helpers/store';
import type { PageProblem, SidebarHost } from '../sidebar/host';
import { createStatus } from '../sidebar/status';
import { customerCards } from './card-state';
import { CustomerCard } from './CustomerCard';
import { CustomerTabBadge } from './TabBadge';

const A: Buyer = { id: 'buyer-a', name: '张**' };
const B: Buyer = { id: 'buyer-b', name: '李先生' };

/** The background in memory (the real customers area behind the real request handler) and a console host. */
function setup() {
  let t = new Date(2026, 11, 1, 9).getTime();
  const now = () => (t += 1000);
  const store = createTestStore({ backend: createMemoryBackend(), now, actor: 'test', lang: 'zh' });
  const requests = createRequests({ customers: createCustomerService({ store, now, newId: createIdMaker({ now }), lang: 'zh' }) } as never);
  const handle = createRequestHandler(requests, { lang: 'zh', onWritten: () => {} });
  const client = createProtocolClient(async (message) => handle(message, 'console'), 'zh');
  const buyer = signal<Buyer | null>(A);
  const host: SidebarHost = {
    lang: 'zh',
    site: { id: 'pinduoduo', name: '拼多多', confidence: 'seen' },
    client,
    buyer,
    conversations: signal<Conversation[]>([]),
    problems: signal<PageProblem[]>([]),
    buyerMessages: signal<readonly string[]>([]),
    orderStatus: signal<string | null>(null),
    productTitle: signal<string | null>(null),
    variableValues: () => ({}),
    insert: async () => ({ kind: 'inserted' }),
  };
  const status = createStatus();
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <>
      <CustomerTabBadge lang="zh" host={host} />
      <CustomerCard lang="zh" host={host} status={status} />
    </>,
    root,
  );
  mounted.push(() => {
    render(null, root);
    customerCards(host).dispose();
  });
  return { host, buyer, status, root, store, client };
}
const mounted: (() => void)[] = [];
afterEach(() => {
  mounted.splice(0).forEach((f) => f());
  document.body.innerHTML = '';
});

const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await settle();
  expect(check()).toBe(true);
}
const memo = (root: HTMLElement) => root.querySelector<HTMLTextAreaElement>('.cust-notes textarea')!;
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('the customer card', () => {
  it('saves notes for the buyer they were typed for, even when the conversation switched before saving', async () => {
    const { root, buyer, status } = setup();
    await until(() => root.querySelector('.cust-notes') !== null);
    await type(memo(root), 'A：只发顺丰');
    await act(() => button(root, '保存备注').click());
    await until(() => status.current.value?.text === '已保存 张** 的客户备注。');

    await act(() => void (buyer.value = B));
    await until(() => root.querySelector('.cust-name bdi')?.textContent === '李先生' && root.querySelector('.cust-notes') !== null);
    expect(memo(root).value).toBe('');
    await type(memo(root), 'B：要开发票');
    // Switch back before saving: B's words go to B's card, never to A's.
    await act(() => void (buyer.value = A));
    await until(() => root.querySelector('.cust-name bdi')?.textContent === '张**' && root.querySelector('.cust-notes') !== null);
    await until(() => status.current.value?.text === '会话已切换，已替你保存 李先生 的备注。');
    expect(memo(root).value).toBe('A：只发顺丰');
    await act(() => void (buyer.value = B));
    await until(() => root.querySelector('.cust-name bdi')?.textContent === '李先生' && memo(root)?.value === 'B：要开发票');
  });

  it('shows promises due in a list and as a count on the tab until they are done', async () => {
    const { root } = setup();
    await until(() => root.querySelector('.cust-add-promise') !== null);
    expect(root.querySelector('.tab-badge')).toBeNull();
    const form = root.querySelector<HTMLFormElement>('.cust-add-promise')!;
    await type(form.querySelector<HTMLInputElement>('input[type=text]')!, '今天回电话');
    await type(form.querySelector<HTMLInputElement>('input[type=date]')!, '2026-12-01');
    await act(() => button(root, '记下承诺').click());
    await until(() => root.querySelector('.tab-badge')?.textContent === '1');
    expect(root.querySelector('.cust-due')!.textContent).toContain('今天到期');
    await act(() => root.querySelector<HTMLButtonElement>('.cust-due button')!.click());
    await until(() => root.querySelector('.tab-badge') === null && root.querySelector('.cust-due') === null);
    expect(root.querySelector<HTMLInputElement>('.cust-promises input[type=checkbox]')!.checked).toBe(true);
  });

  it('says there is nothing to show when no conversation is open', async () => {
    const { root, buyer } = setup();
    await act(() => void (buyer.value = null));
    await until(() => root.textContent!.includes('打开一个会话'));
  });
});
