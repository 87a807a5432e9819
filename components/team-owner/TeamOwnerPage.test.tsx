// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { button, click, fakeClient, flush } from '../../test/helpers/manager';
import { describeConflict, mergeRouting, mergeScans, mergeUsage, type AgentCopy, type OwnerAccess, type TeamConflicts, type TeamViews } from '../../core/team-owner';
import type { StoredRecord } from '../../core/store';
import { TeamOwnerPage } from './TeamOwnerPage';

const meta = (type: string, id: string, fields: Record<string, unknown>): StoredRecord => ({ id, type, schemaVersion: 1, createdAt: 1, updatedAt: 1, updatedBy: 'x', scope: 'local', ...fields });
const owner: OwnerAccess = { state: 'owner', userName: 'boss' };
const conflict = describeConflict({
  id: 'phrase:p_1',
  versions: [
    { _rev: '3-aaa', id: 'p_1', type: 'phrase', title: '发货时间', text: '<img src=x onerror=alert(1)>48小时', updatedBy: 'boss', updatedAt: 1_764_000_000_000 },
    { _rev: '3-bbb', id: 'p_1', type: 'phrase', title: '发货时间', text: '24小时内发货', updatedBy: 'mei', updatedAt: 1_764_000_100_000 },
  ],
});

function viewsOf(agents: AgentCopy[], access: OwnerAccess = owner): TeamViews {
  const routing = mergeRouting(agents);
  return {
    access,
    agents: agents.map((a) => ({ user: a.user, pulledAt: null, failure: null, records: a.records.length, skipped: 0 })),
    titles: { p_1: '发货时间' },
    usage: mergeUsage(agents),
    routing: { perAgent: routing.perAgent, team: routing.team },
    scans: mergeScans(agents),
  };
}

describe('TeamOwnerPage (团队管理)', () => {
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
  });

  async function mount(conflicts: TeamConflicts, views: TeamViews, members = views.agents.map((a) => ({ userName: a.user, addedAt: 1 }))) {
    const said: string[] = [];
    const fake = fakeClient({
      getTeamConflicts: () => conflicts,
      getTeamRoster: () => members,
      getTeamViews: () => views,
      chooseTeamVersion: () => {
        conflicts = { ...conflicts, conflicts: [] };
        return { rev: '4-ccc' };
      },
    });
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<TeamOwnerPage lang="zh" client={fake.client} reporter={{ say: (t) => said.push(t), alert: (t) => said.push(`alert: ${t}`) }} />, root);
    });
    await flush();
    return { fake, said };
  }

  it('shows both versions side by side as text, marks the differing field, and keeps the chosen one', async () => {
    const { fake, said } = await mount({ access: owner, merged: 0, conflicts: [conflict] }, viewsOf([]));
    const table = root.querySelector('table[aria-label="“发货时间” 的各个版本"]')!;
    expect(table).not.toBeNull();
    // Page text from another machine stays text: no element is made of it.
    expect(table.querySelector('img')).toBeNull();
    expect(table.textContent).toContain('<img src=x onerror=alert(1)>48小时');
    expect(table.textContent).toContain('24小时内发货');
    expect(table.textContent).toContain('mei');
    const differing = [...table.querySelectorAll('tr.to-differs th')].map((th) => th.textContent);
    expect(differing).toEqual(['正文 · 不同']);

    await click(button(root, '保留 “发货时间” 的版本 2（mei）'));
    await flush();
    expect(fake.requests.find((r) => r.kind === 'chooseTeamVersion')).toEqual({ kind: 'chooseTeamVersion', id: 'phrase:p_1', rev: '3-bbb' });
    expect(said).toContain('已保留版本 2，下次同步时会发到每台电脑，其余版本已删除。');
    expect(root.textContent).toContain('没有需要选择的冲突。');
  });

  it('says what to do when not connected, and when connected as an agent', async () => {
    await mount({ access: { state: 'off' }, merged: 0, conflicts: [] }, viewsOf([], { state: 'off' }), []);
    expect(root.textContent).toContain('请先在「团队」标签里用店主账号连接团队服务器');
    render(null, root);
    await mount({ access: { state: 'not-owner', userName: 'mei' }, merged: 0, conflicts: [] }, viewsOf([], { state: 'not-owner', userName: 'mei' }), []);
    expect(root.textContent).toContain('你以客服 mei 的身份连接');
  });

  it('shows the team merged and per agent, with "not available" instead of a division by zero', async () => {
    const mei: AgentCopy = { user: 'mei', records: [meta('phraseUsage', 'local:usage:p_1', { phraseId: 'p_1', count: 4, lastUsedAt: 5 })] };
    const lan: AgentCopy = { user: 'lan', records: [meta('phraseUsage', 'local:usage:p_1', { phraseId: 'p_1', count: 2, lastUsedAt: 6 }), meta('phraseUsage', 'local:usage:p_gone', { phraseId: 'p_gone', count: 0, lastUsedAt: 6 })] };
    const empty: AgentCopy = { user: 'new', records: [] };
    await mount({ access: owner, merged: 0, conflicts: [] }, viewsOf([mei, lan, empty]));
    const usage = root.querySelector('table[aria-label="话术使用（全队合计）"]')!;
    const rows = [...usage.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows[0]!.slice(0, 5)).toEqual(['发货时间', '6', '0', '100%', '2']);
    expect(rows[1]![0]).toBe('（已删除或不在店铺话术里：p_gone）');
    // Nobody measured routing: the empty state says what to do; the agents table lists all three.
    expect(root.textContent).toContain('还没有测量');
    expect(root.querySelector('table[aria-label="各客服数据的更新情况"]')!.querySelectorAll('tbody tr')).toHaveLength(3);

    const select = root.querySelector('select')!;
    await act(async () => {
      select.value = 'new';
      select.dispatchEvent(new Event('change'));
    });
    expect(root.textContent).toContain('还没有使用记录');
    expect(root.textContent).not.toMatch(/NaN|Infinity/);
  });
});
