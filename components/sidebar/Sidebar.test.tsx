// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Buyer, Conversation } from '../../core/consoles';
import type { ProtocolClient } from '../../core/client';
import type { LibraryView } from '../../core/client';
import { createPhraseIndex } from '../../core/phrases/search-index';
import { createLibraryState } from '../phrases/library-state';
import type { InsertOutcome, PageProblem, SidebarHost } from './host';
import { Sidebar } from './Sidebar';
import { createStatus } from './status';

const meta = { schemaVersion: 1, createdAt: 1, updatedAt: 1, updatedBy: 'test', scope: 'shop' as const };
const SNAPSHOT: Omit<LibraryView, 'phraseIndex'> & Partial<LibraryView> = {
  groups: [{ ...meta, id: 'grp_ship', type: 'phraseGroup', name: '发货物流', order: 0, parentId: null }],
  phrases: [
    { ...meta, id: 'phr_a', type: 'phrase', title: '欢迎光临', text: '您好，欢迎光临', groupId: null, order: 0, stage: null, tags: [] },
    { ...meta, id: 'phr_b', type: 'phrase', title: '发货时间', text: '付款后48小时内发货', code: 'fh', groupId: 'grp_ship', order: 1, stage: 'insale', tags: [] },
    { ...meta, id: 'phr_c', type: 'phrase', title: '催发货', text: '已催仓库尽快发货', groupId: 'grp_ship', order: 2, stage: 'insale', tags: [] },
    { ...meta, scope: 'agent', id: 'phr_d', type: 'phrase', title: '称呼买家', text: '{买家}您好，{店铺}为您查询', groupId: null, order: 3, stage: null, tags: [] },
    { ...meta, id: 'phr_e', type: 'phrase', title: '尺码确认', text: '{买家}，为您备注尺码{尺码?}，{日期?}前发出', groupId: null, order: 4, stage: null, tags: [] },
    { ...meta, id: 'phr_f', type: 'phrase', title: '怪名字变量', text: '{constructor}和{__proto__?}', groupId: null, order: 5, stage: null, tags: [] },
  ],
  selectorOverrides: [],
  usage: {},
  variableSettings: { 店铺: '小鹿家居' },
  sidebarCollapsed: {},
  synonymPairs: [],
  replyPicks: [],
};
SNAPSHOT.phraseIndex = createPhraseIndex(SNAPSHOT.phrases.map((p) => ({ id: p.id, title: p.title, text: p.text, code: p.code })));

function setup() {
  const buyer = signal<Buyer | null>({ id: 'u1', name: '张**' });
  const buyerMessages = signal<readonly string[]>([]);
  const inserted: { text: string; chosenFor: Buyer | null }[] = [];
  const focusChatInput = vi.fn();
  const client: ProtocolClient = {
    request: vi.fn(async (req) => (req.kind === 'getLibraryView' ? { ok: true, value: SNAPSHOT as LibraryView } : { ok: true, value: { id: 'x' } })) as ProtocolClient['request'],
  };
  const host: SidebarHost = {
    lang: 'zh',
    site: { name: '拼多多', confidence: 'seen' },
    client,
    buyer,
    conversations: signal<Conversation[]>([]),
    problems: signal<PageProblem[]>([]),
    buyerMessages,
    orderStatus: signal<string | null>(null),
    variableValues: () => ({ ...SNAPSHOT.variableSettings, 买家: buyer.value?.name ?? '' }),
    focusChatInput,
    async insert(text, chosenFor): Promise<InsertOutcome> {
      if (chosenFor && buyer.value && chosenFor.id !== buyer.value.id) {
        return { kind: 'buyer-changed', from: chosenFor.name, to: buyer.value.name };
      }
      inserted.push({ text, chosenFor });
      return { kind: 'inserted' };
    },
  };
  const library = createLibraryState({ client });
  const root = document.createElement('div');
  document.body.append(root);
  return { host, library, root, inserted, buyer, buyerMessages, focusChatInput };
}

const byRole = (root: HTMLElement, role: string) => Array.from(root.querySelectorAll(`[role="${role}"]`)) as HTMLElement[];
const key = (el: HTMLElement, type: 'keydown' | 'keyup', k: string, extra: KeyboardEventInit = {}) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, ...extra }));
  });
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('Sidebar', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(async () => {
    ctx = setup();
    await act(async () => {
      render(
        <Sidebar host={ctx.host} library={ctx.library} status={createStatus()} open={signal(true)} focusRequest={signal(0)} pickRequest={signal<string | null>(null)} />,
        ctx.root,
      );
      await ctx.library.load();
    });
  });
  afterEach(() => render(null, ctx.root));

  const search = () => ctx.root.querySelector('[role="searchbox"]') as HTMLInputElement;
  const type = (text: string) =>
    act(() => {
      search().value = text;
      search().dispatchEvent(new Event('input', { bubbles: true }));
    });

  it('shows the launcher, the phrases tab and the current buyer as text', () => {
    const launcher = ctx.root.querySelector('button.launcher')!;
    expect(launcher.getAttribute('aria-label')).toBe('客服侧边栏');
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(byRole(ctx.root, 'tab').map((t) => t.textContent)).toEqual(['话术', '客户', '应对', '记录', '我的分流']);
    expect(ctx.root.querySelector('.buyer')!.textContent).toBe('当前买家：张**');
  });

  it('lists phrases and makes the first one active', () => {
    const options = byRole(ctx.root, 'option');
    expect(options).toHaveLength(SNAPSHOT.phrases.length);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('inserts the active phrase on Enter release, not on the press', async () => {
    await type('催');
    const field = search();
    await key(field, 'keydown', 'Enter');
    expect(ctx.inserted).toEqual([]);
    await key(field, 'keyup', 'Enter');
    await flush();
    expect(ctx.inserted.map((i) => i.text)).toEqual(['已催仓库尽快发货']);
    expect(byRole(ctx.root, 'status')[0]!.textContent).toContain('已插入：催发货');
  });

  it('prevents the default of Enter so no line break or send can follow', async () => {
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    await act(() => {
      search().dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
  });

  it('ignores an Enter that confirms an IME composition', async () => {
    await key(search(), 'keydown', 'Enter', { isComposing: true });
    await key(search(), 'keyup', 'Enter');
    await flush();
    expect(ctx.inserted).toEqual([]);
  });

  it('moves the active option with the arrow keys', async () => {
    await key(search(), 'keydown', 'ArrowDown');
    const options = byRole(ctx.root, 'option');
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    await key(search(), 'keydown', 'ArrowUp');
    await key(search(), 'keydown', 'ArrowUp');
    expect(byRole(ctx.root, 'option').at(-1)!.getAttribute('aria-selected')).toBe('true');
  });

  it('refuses to insert after the buyer changed, then inserts on the next press', async () => {
    await type('欢迎');
    ctx.buyer.value = { id: 'u2', name: '李先生' };
    await key(search(), 'keydown', 'Enter');
    await key(search(), 'keyup', 'Enter');
    await flush();
    expect(ctx.inserted).toEqual([]);
    expect(byRole(ctx.root, 'alert')[0]!.textContent).toContain('会话已切换');
    await key(search(), 'keydown', 'Enter');
    await key(search(), 'keyup', 'Enter');
    await flush();
    expect(ctx.inserted).toEqual([{ text: '您好，欢迎光临', chosenFor: { id: 'u2', name: '李先生' } }]);
  });

  it('fills {买家} from the page and {店铺} from settings without asking', async () => {
    await type('称呼');
    await key(search(), 'keydown', 'Enter');
    await key(search(), 'keyup', 'Enter');
    await flush();
    expect(ctx.inserted.map((i) => i.text)).toEqual(['张**您好，小鹿家居为您查询']);
  });

  it('asks for fill-in prompts before inserting, and inserts nothing half-filled', async () => {
    await type('尺码确认');
    await key(search(), 'keydown', 'Enter');
    // The form replaced the search box: the release lands wherever focus went.
    await key(document.body, 'keyup', 'Enter');
    await flush();
    expect(ctx.inserted).toEqual([]);
    const form = ctx.root.querySelector('form.variable-form') as HTMLFormElement;
    const inputs = Array.from(form.querySelectorAll('input'));
    expect(Array.from(form.querySelectorAll('label span')).map((l) => l.textContent)).toEqual(['尺码', '日期']);
    const submit = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    await act(() => {
      inputs[0]!.value = 'XL';
      inputs[0]!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(submit.disabled).toBe(true);
    await act(() => {
      inputs[1]!.value = '周五';
      inputs[1]!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    expect(ctx.inserted.map((i) => i.text)).toEqual(['张**，为您备注尺码XL，周五前发出']);
  });

  it('asks for variables named like what every object has, and inserts them filled', async () => {
    await type('怪名字变量');
    await key(search(), 'keydown', 'Enter');
    await key(document.body, 'keyup', 'Enter');
    await flush();
    const form = ctx.root.querySelector('form.variable-form') as HTMLFormElement;
    expect(Array.from(form.querySelectorAll('label span')).map((l) => l.textContent)).toEqual(['constructor', '__proto__']);
    const inputs = Array.from(form.querySelectorAll('input'));
    expect(inputs.map((i) => i.value)).toEqual(['', '']);
    for (const [i, value] of ['甲', '乙'].entries()) {
      await act(() => {
        inputs[i]!.value = value;
        inputs[i]!.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    expect(ctx.inserted.map((i) => i.text)).toEqual(['甲和乙']);
  });

  const usageRequests = () =>
    vi
      .mocked(ctx.host.client.request)
      .mock.calls.map(([req]) => req)
      .filter((req) => req.kind === 'recordUsage');

  it('an insertion counts with the buyer’s open question (as it was when the phrase was chosen); none without one', async () => {
    await type('催');
    await key(search(), 'keydown', 'Enter');
    await key(search(), 'keyup', 'Enter');
    await flush();
    expect(usageRequests()).toEqual([{ kind: 'recordUsage', phraseId: 'phr_c' }]);

    ctx.buyerMessages.value = ['在吗', '<b>怎么还没发货</b>'];
    await type('尺码确认');
    await key(search(), 'keydown', 'Enter');
    await key(document.body, 'keyup', 'Enter');
    await flush();
    // The buyer writes again while the agent fills the form: the pick is for what was asked at the choice.
    ctx.buyerMessages.value = ['在吗', '<b>怎么还没发货</b>', ''.padEnd(400, '快')];
    const form = ctx.root.querySelector('form.variable-form') as HTMLFormElement;
    for (const [i, value] of ['XL', '周五'].entries()) {
      await act(() => {
        const input = form.querySelectorAll('input')[i]!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    expect(usageRequests().at(-1)).toEqual({ kind: 'recordUsage', phraseId: 'phr_e', question: '在吗\n<b>怎么还没发货</b>' });

    // A long question is cut to 300 characters before it is sent.
    await type('欢迎');
    await key(search(), 'keydown', 'Enter');
    await key(search(), 'keyup', 'Enter');
    await flush();
    const sent = usageRequests().at(-1) as { question: string };
    expect(sent.question).toHaveLength(300);
    expect(sent.question.startsWith('在吗\n<b>怎么还没发货</b>\n快')).toBe(true);
  });

  it('an insertion refused because the buyer changed records nothing', async () => {
    ctx.buyerMessages.value = ['包邮吗'];
    await type('欢迎');
    ctx.buyer.value = { id: 'u2', name: '李先生' };
    await key(search(), 'keydown', 'Enter');
    await key(search(), 'keyup', 'Enter');
    await flush();
    expect(usageRequests()).toEqual([]);
  });

  it('gives the chat input the focus back on Escape, without inserting', async () => {
    await type('催');
    await key(search(), 'keydown', 'Escape');
    expect(ctx.focusChatInput).toHaveBeenCalledTimes(1);
    expect(ctx.inserted).toEqual([]);
  });

  it('filters by group', async () => {
    const chip = Array.from(ctx.root.querySelectorAll('.chip')).find((c) => c.textContent === '发货物流') as HTMLElement;
    await act(() => chip.click());
    expect(byRole(ctx.root, 'option').map((o) => o.querySelector('.option-title')!.textContent)).toEqual(['发货时间', '催发货']);
  });

  it('adds a phrase to the personal library when asked, and marks personal phrases in the list', async () => {
    const button = (name: string) => Array.from(ctx.root.querySelectorAll('button')).find((b) => b.textContent === name) as HTMLButtonElement;
    await act(() => button('新建话术').click());
    const form = ctx.root.querySelector('form.phrase-form') as HTMLFormElement;
    const [title] = Array.from(form.querySelectorAll('input'));
    const text = form.querySelector('textarea')!;
    const personal = form.querySelector('input[type="radio"][value="agent"]') as HTMLInputElement;
    await act(() => {
      title!.value = '我的开场白';
      title!.dispatchEvent(new Event('input', { bubbles: true }));
      text.value = '您好，我是小美';
      text.dispatchEvent(new Event('input', { bubbles: true }));
      personal.click();
    });
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    const request = ctx.host.client.request as unknown as { mock: { calls: [{ kind: string; phrase?: { scope?: string; title?: string } }][] } };
    const saved = request.mock.calls.map(([r]) => r).find((r) => r.kind === 'savePhrase');
    expect(saved?.phrase).toMatchObject({ title: '我的开场白', text: '您好，我是小美', scope: 'agent' });
    const marked = byRole(ctx.root, 'option').filter((o) => o.querySelector('.mine'));
    expect(marked.map((o) => o.querySelector('.option-title')!.textContent)).toEqual(['称呼买家']);
  });
});
