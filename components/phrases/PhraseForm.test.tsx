// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhraseRecord } from '../../core/phrases';
import { button, click, fakeClient, flush, group, phrase, snapshotOf, typeInto } from '../../test/helpers/manager';
import { createLibraryState, readLatestPhrase } from './library-state';
import { PhraseForm } from './PhraseForm';

const GROUPS = [group('grp_ship', '发货物流', 0), group('grp_late', '催发货', 0, 'grp_ship')];
const MINE = phrase('phr_a', '发货时间', '亲，48小时内发货', 'grp_ship', 0, { updatedAt: 100, tags: ['发货'] });
const THEIRS = { ...MINE, title: '发货时间（新）', text: '亲，24小时内发货', code: 'fh', updatedAt: 200, updatedBy: 'other-tab' };
const CONFLICT = { ok: false, error: { code: 'conflict', message: '这条话术在别处已被修改。载入最新版本后再改，或用你的版本覆盖。' } };

/** The form for `edited` over a fake background; `saves` answer the savePhrase requests in turn. */
async function setup(edited: PhraseRecord | null, stored: PhraseRecord[], saves: unknown[], compact = false) {
  const answers = [...saves];
  const fake = fakeClient({
    getLibraryView: () => snapshotOf(stored, GROUPS),
    savePhrase: () => answers.shift() ?? { id: 'phr_x' },
  });
  const library = createLibraryState({ client: fake.client });
  const onSaved = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <PhraseForm
        lang="zh"
        client={fake.client}
        groups={GROUPS}
        phrase={edited}
        defaultGroupId={null}
        compact={compact}
        loadLatest={(id) => readLatestPhrase(library, id)}
        onSaved={onSaved}
        onCancel={() => {}}
      />,
      root,
    );
  });
  const field = (name: string) => {
    const label = Array.from(root.querySelectorAll('label')).find((l) => l.querySelector('span')?.textContent?.startsWith(name));
    if (!label) throw new Error(`no field ${name}`);
    return label.querySelector('input, textarea, select') as HTMLInputElement;
  };
  const submit = async () => {
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
  };
  const saves_ = () => fake.requests.filter((r) => r.kind === 'savePhrase');
  return { root, field, submit, saves: saves_, onSaved, alert: () => root.querySelector('[role="alert"]') };
}

describe('PhraseForm', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('sends the version the edit started from, and none for a new phrase', async () => {
    const edit = await setup(MINE, [MINE], []);
    await typeInto(edit.field('标题'), '发货时间说明');
    await edit.submit();
    expect(edit.saves()).toEqual([
      {
        kind: 'savePhrase',
        phrase: { id: 'phr_a', title: '发货时间说明', text: '亲，48小时内发货', groupId: 'grp_ship', stage: null, tags: ['发货'], scope: 'shop', examples: [], publicReply: false },
        baseUpdatedAt: 100,
      },
    ]);
    expect(edit.onSaved).toHaveBeenCalledWith('发货时间说明');
    document.body.innerHTML = '';

    const add = await setup(null, [MINE], []);
    await typeInto(add.field('标题'), '新话术');
    await typeInto(add.field('内容'), '您好');
    await add.submit();
    expect(add.saves()[0]).not.toHaveProperty('baseUpdatedAt');
    expect(add.saves()[0]!.phrase).not.toHaveProperty('id');
  });

  it('edits the buyer questions (one a line) and the public-reply flag, and refuses more than 8', async () => {
    const withExamples = { ...MINE, examples: ['几天发货'], publicReply: true as const };
    const f = await setup(withExamples, [withExamples], []);
    expect(f.field('买家问法').value).toBe('几天发货');
    expect(f.field('评价公开回复').checked).toBe(true);
    await typeInto(f.field('买家问法'), '几天发货\n 什么时候寄出 \n\n几天发货');
    await click(f.field('评价公开回复'));
    await f.submit();
    expect(f.saves()[0]!.phrase).toMatchObject({ examples: ['几天发货', '什么时候寄出'], publicReply: false });

    await typeInto(f.field('买家问法'), Array.from({ length: 9 }, (_, i) => `问题${i}`).join('\n'));
    await f.submit();
    expect(f.alert()?.textContent).toContain('最多 8 条，现在有 9 条');
    expect(f.saves()).toHaveLength(1);
  });

  it('keeps the draft on a conflict and says so in an alert with 载入最新', async () => {
    const f = await setup(MINE, [THEIRS], [CONFLICT]);
    await typeInto(f.field('内容'), '亲，今天下单明天发');
    await f.submit();
    expect(f.onSaved).not.toHaveBeenCalled();
    expect(f.alert()?.textContent).toContain('在别处已被修改');
    expect(button(f.alert()!, '载入最新')).toBeTruthy();
    expect(f.field('内容').value).toBe('亲，今天下单明天发');
    expect(f.field('标题').value).toBe('发货时间');
  });

  it('载入最新 puts the stored version in the form, and the next save is based on it', async () => {
    const f = await setup(MINE, [THEIRS], [CONFLICT]);
    await typeInto(f.field('内容'), '亲，今天下单明天发');
    await f.submit();
    await click(button(f.alert()!, '载入最新'));
    expect(f.field('标题').value).toBe('发货时间（新）');
    expect(f.field('内容').value).toBe('亲，24小时内发货');
    expect(f.field('快捷编码').value).toBe('fh');
    expect(f.alert()).toBeNull();
    expect(f.root.querySelector('[role="status"]')?.textContent).toContain('已载入最新');

    await typeInto(f.field('快捷编码'), 'fhsj');
    await f.submit();
    expect(f.saves().at(-1)).toMatchObject({ phrase: { id: 'phr_a', title: '发货时间（新）', code: 'fhsj' }, baseUpdatedAt: 200 });
    expect(f.onSaved).toHaveBeenCalledWith('发货时间（新）');
  });

  it('saves the draft over the stored version only when asked', async () => {
    const f = await setup(MINE, [THEIRS], [CONFLICT]);
    await typeInto(f.field('内容'), '亲，今天下单明天发');
    await f.submit();
    await click(button(f.alert()!, '仍用我的版本覆盖'));
    expect(f.saves()).toHaveLength(2);
    expect(f.saves()[1]).toMatchObject({ phrase: { id: 'phr_a', title: '发货时间', text: '亲，今天下单明天发' }, baseUpdatedAt: 200 });
    expect(f.onSaved).toHaveBeenCalledOnce();
  });

  it('offers to add the draft as a new phrase when the phrase was deleted meanwhile', async () => {
    const f = await setup(MINE, [], [CONFLICT]);
    await f.submit();
    await click(button(f.alert()!, '载入最新'));
    expect(f.root.querySelector('[role="status"]')?.textContent).toContain('已被删除');
    expect(f.field('标题').value).toBe('发货时间');
    await f.submit();
    expect(f.saves().at(-1)!.phrase).not.toHaveProperty('id');
    expect(f.saves().at(-1)).not.toHaveProperty('baseUpdatedAt');
  });

  it('shows any other refusal in the form and keeps the fields', async () => {
    const f = await setup(MINE, [MINE], [{ ok: false, error: { code: 'invalid-data', message: '标题太长', details: ['标题：最多 60 个字'] } }]);
    await f.submit();
    expect(f.alert()?.textContent).toContain('标题太长');
    expect(f.alert()?.querySelectorAll('button')).toHaveLength(0);
    expect(f.field('标题').value).toBe('发货时间');
  });

  it('is compact in the sidebar: no visible heading, no auto-reply switch, the same fields', async () => {
    const f = await setup(null, [], [], true);
    expect(f.root.querySelector('h2')).toBeNull();
    expect(f.root.querySelector('form')!.getAttribute('aria-label')).toBe('新建话术');
    expect(() => f.field('用作自动回复')).toThrow();
    for (const name of ['标题', '内容', '快捷编码', '分组', '阶段', '标签', '买家问法', '评价公开回复']) expect(f.field(name)).toBeTruthy();
    expect(Array.from(f.field('分组').querySelectorAll('option')).map((o) => o.textContent)).toEqual(['未分组', '发货物流', '\u3000催发货']);
    expect(Array.from(f.field('阶段').querySelectorAll('option')).map((o) => o.textContent)).toEqual(['不限阶段', '售前', '售中', '售后', '大促', '结束']);
  });
});
