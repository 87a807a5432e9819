// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLibraryState } from '../phrases/library-state';
import { createNotice } from './notice';
import { NoticeBar } from './NoticeBar';
import { PhraseManager } from './PhraseManager';
import { button, byRole, check, click, fakeClient, flush, group, phrase, snapshotOf, typeInto } from '../../test/helpers/manager';

const DAY = 86_400_000;
const NOW = 100 * DAY;
const GROUPS = [group('grp_ship', '发货物流', 0), group('grp_late', '催发货', 0, 'grp_ship'), group('grp_after', '售后', 1)];
const PHRASES = [
  phrase('phr_a', '欢迎光临', '您好，欢迎光临本店', null, 0, { stage: 'presale' }),
  phrase('phr_b', '发货时间', '付款后48小时内发货', 'grp_ship', 0, { code: 'fh', stage: 'insale', tags: ['物流'] }),
  phrase('phr_c', '已催仓库', '已经帮您催仓库尽快发货', 'grp_ship', 1, { stage: 'insale' }),
  phrase('phr_d', '退货地址', '退货请寄回店铺地址', 'grp_after', 0, { stage: 'aftersale', scope: 'agent' }),
];
const USAGE = { phr_b: { count: 12, lastUsedAt: NOW - DAY }, phr_c: { count: 3, lastUsedAt: NOW - 40 * DAY } };

function setup() {
  const fake = fakeClient({
    getLibraryView: () => snapshotOf(PHRASES, GROUPS, USAGE),
    deletePhrases: (req) => ({ deleted: (req.ids as string[]).length, snapshotId: 'snap_del_1' }),
    restoreSnapshot: () => ({ phrases: 4, groups: 3 }),
    movePhrases: (req) => ({ moved: (req.ids as string[]).length }),
    reorderPhrases: (req) => ({ count: (req.orderedIds as string[]).length }),
    savePhrase: () => ({ id: 'phr_new' }),
  });
  const library = createLibraryState({ client: fake.client });
  const notice = createNotice();
  const root = document.createElement('div');
  document.body.append(root);
  return { ...fake, library, notice, root };
}

describe('PhraseManager', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(async () => {
    ctx = setup();
    await act(async () => {
      render(
        <>
          <NoticeBar lang="zh" notice={ctx.notice} />
          <PhraseManager lang="zh" client={ctx.client} library={ctx.library} notice={ctx.notice} now={() => NOW} />
        </>,
        ctx.root,
      );
      await ctx.library.load();
    });
    await flush();
  });
  afterEach(() => {
    render(null, ctx.root);
    document.body.innerHTML = '';
  });

  const rows = () => Array.from(ctx.root.querySelectorAll('.phrase-row')) as HTMLElement[];
  const box = (title: string) => ctx.root.querySelector(`input[aria-label="选择 ${title}"]`) as HTMLInputElement;
  const status = () => byRole(ctx.root, 'status')[0]!.textContent;

  it('shows the nested groups, every phrase with its usage, and the usage report', () => {
    const tree = ctx.root.querySelector('nav.group-tree')!;
    expect(tree.querySelector('li li')!.textContent).toContain('催发货');
    expect(rows()).toHaveLength(4);
    expect(rows()[1]!.textContent).toContain('用过 12 次');
    expect(rows()[0]!.textContent).toContain('从未使用');
    const report = ctx.root.querySelector('.usage-report')!.textContent!;
    expect(report).toContain('从未使用（2）');
    expect(report).toContain('30 天未使用（1）');
    expect(report).toContain('已催仓库');
  });

  it('searches by pinyin initials over the snapshot index', async () => {
    await typeInto(byRole(ctx.root, 'searchbox')[0] as HTMLInputElement, 'thdz');
    expect(rows().map((r) => r.querySelector('.phrase-title')!.textContent)).toEqual([expect.stringContaining('退货地址')]);
  });

  it('widens the search with the shop synonyms, below the direct matches', async () => {
    const search = byRole(ctx.root, 'searchbox')[0] as HTMLInputElement;
    // 寄出 is written nowhere; 发货 is its synonym (发货时间, 已催仓库 say it)
    await typeInto(search, '寄出');
    expect(rows().map((r) => r.querySelector('.phrase-title')!.textContent)).toEqual([
      expect.stringContaining('发货时间'),
      expect.stringContaining('已催仓库'),
    ]);
    // a direct match ranks above what only a synonym finds
    await typeInto(search, '退货');
    expect(rows().map((r) => r.querySelector('.phrase-title')!.textContent)[0]).toContain('退货地址');
  });

  it('deletes the checked phrases in one request and undoes it by restoring the snapshot', async () => {
    await check(box('发货时间'));
    await check(box('退货地址'));
    await click(button(ctx.root, '删除所选'));
    expect(ctx.requests.at(-1)).toEqual({ kind: 'deletePhrases', ids: ['phr_b', 'phr_d'] });
    expect(status()).toBe('已删除 2 条话术。');
    await click(button(ctx.root, '撤销'));
    expect(ctx.requests.at(-1)).toEqual({ kind: 'restoreSnapshot', id: 'snap_del_1', onlyIds: ['phr_b', 'phr_d'] });
    expect(status()).toContain('已撤销');
  });

  it('moves the checked phrases to the chosen group', async () => {
    await check(box('欢迎光临'));
    const select = ctx.root.querySelector('select[aria-label="移动到分组"]') as HTMLSelectElement;
    await act(async () => {
      select.value = 'grp_after';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(button(ctx.root, '移动'));
    expect(ctx.requests.at(-1)).toEqual({ kind: 'movePhrases', ids: ['phr_a'], groupId: 'grp_after' });
    expect(status()).toBe('已把 1 条话术移到“售后”。');
  });

  it('reorders within a group with the 上移 / 下移 buttons', async () => {
    await click(Array.from(ctx.root.querySelectorAll('button.group-name')).find((b) => b.textContent?.startsWith('发货物流')) as HTMLElement);
    expect(rows()).toHaveLength(2);
    await click(button(ctx.root, '上移 已催仓库'));
    expect(ctx.requests.at(-1)).toEqual({ kind: 'reorderPhrases', groupId: 'grp_ship', orderedIds: ['phr_c', 'phr_b'] });
    expect(button(ctx.root, '上移 发货时间').disabled).toBe(true);
  });

  it('lints the text while editing and switches on the 128 limit for an auto-reply', async () => {
    await click(button(ctx.root, '编辑 发货时间'));
    const editor = ctx.root.querySelector('form.phrase-form')!;
    expect(editor.querySelector('.lint')!.textContent).toContain('没有发现问题');
    const text = editor.querySelector('textarea')!;
    await typeInto(text, '全网最低价，绝对正品，加微信领券');
    const issues = Array.from(editor.querySelectorAll('.lint-issue')).map((li) => li.textContent);
    expect(issues.some((i) => i!.includes('绝对'))).toBe(true);
    expect(issues.some((i) => i!.includes('站外联系方式'))).toBe(true);
    await typeInto(text, '您好'.repeat(70));
    expect(editor.querySelector('.lint')!.textContent).toContain('没有发现问题');
    await check(editor.querySelector('input[type="checkbox"]') as HTMLInputElement);
    expect(editor.querySelector('.lint')!.textContent).toContain('不能超过 128 个字');
  });

  it('saves stage, tags and library with the phrase', async () => {
    await click(button(ctx.root, '编辑 退货地址'));
    const editor = ctx.root.querySelector('form.phrase-form')!;
    const inputs = editor.querySelectorAll('input:not([type])');
    await typeInto(inputs[2] as HTMLInputElement, '退货， 地址');
    await act(async () => {
      (editor.querySelector('input[value="shop"]') as HTMLInputElement).click();
    });
    await act(async () => {
      editor.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    expect(ctx.requests.at(-1)).toEqual({
      kind: 'savePhrase',
      phrase: { id: 'phr_d', title: '退货地址', text: '退货请寄回店铺地址', groupId: 'grp_after', stage: 'aftersale', tags: ['退货', '地址'], scope: 'shop', examples: [], publicReply: false },
      baseUpdatedAt: 1,
    });
    expect(status()).toBe('已保存：退货地址');
  });
});

describe('PhraseManager search with the owner\'s synonym pairs', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  /** The titles the manager lists for `query` over a library whose owner saved `pairs`. */
  async function titlesFor(query: string, pairs: [string, string][]) {
    const phrases = [phrase('phr_x', '闪送说明', '同城可以闪送，一小时送到', null, 0), phrase('phr_y', '欢迎', '您好', null, 1)];
    const fake = fakeClient({ getLibraryView: () => ({ ...snapshotOf(phrases, []), synonymPairs: pairs }) });
    const library = createLibraryState({ client: fake.client });
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<PhraseManager lang="zh" client={fake.client} library={library} notice={createNotice()} now={() => NOW} />, root);
      await library.load();
    });
    await flush();
    await typeInto(byRole(root, 'searchbox')[0] as HTMLInputElement, query);
    const titles = Array.from(root.querySelectorAll('.phrase-row .phrase-title')).map((t) => t.textContent);
    render(null, root);
    return titles;
  }

  it('finds what an owner pair says in other words', async () => {
    expect(await titlesFor('加急', [['加急', '闪送']])).toEqual([expect.stringContaining('闪送说明')]);
    expect(await titlesFor('加急', [])).toEqual([]);
  });
});
