// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Buyer, Conversation } from '../../core/consoles';
import { byRole, click, fakeClient, flush, snapshotOf } from '../../test/helpers/manager';
import { OptionsApp } from '../options/OptionsApp';
import { OPTIONS_PANELS } from '../options/panels';
import { createLibraryState } from '../phrases/library-state';
import type { BackOfficeHost, PageProblem, SidebarHost } from '../sidebar/host';
import { SIDEBAR_PANELS } from '../sidebar/panels';
import { Sidebar } from '../sidebar/Sidebar';
import { createStatus } from '../sidebar/status';
import { definePanel, panelsFor, type PanelDeclaration, type SidebarPage } from './panel';

const fake = () =>
  fakeClient({
    getLibraryView: () => snapshotOf([], []),
    getRelationReport: () => null,
    getRoster: () => [],
    getOpenRelationSet: () => null,
    getTransferTasks: () => ({ tasks: [], attention: 0 }),
  });

function host(client: SidebarHost['client'], backOffice?: BackOfficeHost): SidebarHost {
  return {
    lang: 'zh',
    site: { name: '千牛', confidence: 'seen' },
    client,
    buyer: signal<Buyer | null>(null),
    conversations: signal<Conversation[]>([]),
    problems: signal<PageProblem[]>([]),
    buyerMessages: signal<readonly string[]>([]),
    orderStatus: signal<string | null>(null),
    variableValues: () => ({}),
    insert: async () => ({ kind: 'inserted' }),
    ...(backOffice ? { backOffice } : {}),
  };
}
const relationPage: BackOfficeHost = { table: 'relations', scan: async () => ({ kind: 'done', pages: 0, rows: 0 }), markRows: () => {} };

let root: HTMLElement;
afterEach(() => {
  if (root) render(null, root);
  document.body.innerHTML = '';
});

async function mountSidebar(h: SidebarHost, registry?: readonly PanelDeclaration<SidebarPage>[]) {
  root = document.createElement('div');
  document.body.append(root);
  const library = createLibraryState({ client: h.client });
  await act(async () => {
    render(<Sidebar host={h} library={library} status={createStatus()} open={signal(true)} focusRequest={signal(0)} pickRequest={signal(null)} registry={registry} />, root);
  });
  await flush();
}
const tabNames = () => byRole(root, 'tab').map((t) => t.textContent);

describe('panelsFor', () => {
  const a = definePanel({ id: 'a', name: { zh: '甲', en: 'A' }, order: 20, pages: ['chat', 'relations'], component: () => null });
  const b = definePanel({ id: 'b', name: { zh: '乙', en: 'B' }, order: 10, pages: ['relations'], component: () => null });

  it('keeps the panels of the page kind, in their order', () => {
    expect(panelsFor([a, b], 'relations').map((p) => p.id)).toEqual(['b', 'a']);
    expect(panelsFor([a, b], 'chat').map((p) => p.id)).toEqual(['a']);
    expect(panelsFor([a, b], 'staff')).toEqual([]);
  });

  it('refuses two panels with one id', () => {
    expect(() => panelsFor([a, { ...b, id: 'a' }], 'chat')).toThrow('panel a is declared twice');
  });

  it('each registry holds only panels of its surface', () => {
    for (const p of SIDEBAR_PANELS) expect(p.pages).not.toContain('options');
    for (const p of OPTIONS_PANELS) expect(p.pages).toEqual(['options']);
  });
});

describe('the sidebar builds its tabs from the registry', () => {
  it('shows 话术 on a chat console', async () => {
    await mountSidebar(host(fake().client));
    expect(tabNames()).toEqual(['话术', '客户', '应对', '记录', '我的分流']);
  });

  it('shows 关系 and 转移 on a relation page, and switches between them', async () => {
    await mountSidebar(host(fake().client, relationPage));
    expect(tabNames()).toEqual(['关系', '转移', '分流']);
    const shown = () => byRole(root, 'tabpanel').filter((p) => !p.hidden).map((p) => p.getAttribute('aria-label'));
    expect(shown()).toEqual(['关系']);
    await click(byRole(root, 'tab')[1]!);
    expect(byRole(root, 'tab')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(shown()).toEqual(['转移']);
    // 关系 stays mounted (a scan in it goes on), hidden.
    expect(byRole(root, 'tabpanel').map((p) => [p.getAttribute('aria-label'), p.hidden])).toEqual([
      ['关系', true],
      ['转移', false],
      ['分流', true],
    ]);
    expect(root.querySelector('.buyer')).toBeNull();
  });

  it('a new area is one declaration in the list: its tab and panel show where it says', async () => {
    const notes = definePanel({ id: 'notes', name: { zh: '备注', en: 'Notes' }, order: 15, pages: ['chat'], component: ({ page }) => <p class="notes">on {page}</p> });
    await mountSidebar(host(fake().client), [...SIDEBAR_PANELS, notes]);
    expect(tabNames()).toEqual(['话术', '备注', '客户', '应对', '记录', '我的分流']);
    await click(byRole(root, 'tab')[1]!);
    expect(root.querySelector('.notes')!.textContent).toBe('on chat');
  });
});

describe('the options page builds its tabs from the registry', () => {
  it('one tab per options panel, in order, named in the UI language', async () => {
    root = document.createElement('div');
    document.body.append(root);
    const client = fake().client;
    await act(async () => {
      render(<OptionsApp lang="en" client={client} library={createLibraryState({ client })} adapters={[]} />, root);
    });
    const expected = [...OPTIONS_PANELS].sort((x, y) => x.order - y.order).map((p) => p.name.en);
    expect(tabNames()).toEqual(expected);
    expect(expected).toEqual(['Library', 'Import & export', 'Auto-reply', 'Relations', 'Transfer', 'Routing', 'Customers', 'Metrics', 'Records', 'Variables', 'Synonyms', 'Page selectors', 'Team sync', 'Team overview', 'Backup']);
  });
});
