// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, byRole, click, fakeClient, flush, typeInto } from '../../test/helpers/manager';
import { createNotice } from '../manager/notice';
import type { HostAccess } from './host-access';
import { TeamSettings } from './TeamSettings';

const ORIGIN = 'https://couch.example.com';
const CONNECTED = { connected: true, serverUrl: ORIGIN, userName: 'amy', role: 'agent', lastSuccessAt: Date.now() - 5 * 60_000 };

function setup(handlers: Parameters<typeof fakeClient>[0], granted = true) {
  const order: string[] = [];
  const hostAccess: HostAccess = {
    request: vi.fn(async (origin: string) => (order.push(`request ${origin}`), granted)),
    remove: vi.fn(async (origin: string) => void order.push(`remove ${origin}`)),
  };
  const fake = fakeClient(
    Object.fromEntries(Object.entries(handlers).map(([kind, handler]) => [kind, (req: Record<string, unknown>) => (kind !== 'team.status' && order.push(kind), handler(req as never))])),
  );
  const notice = createNotice();
  const root = document.createElement('div');
  document.body.append(root);
  return { root, fake, notice, hostAccess, order, mount: () => act(() => render(<TeamSettings lang="zh" client={fake.client} notice={notice} hostAccess={hostAccess} />, root)) };
}

const input = (root: HTMLElement, name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
async function fill(root: HTMLElement, url: string, user: string, password: string) {
  await typeInto(input(root, 'serverUrl'), url);
  await typeInto(input(root, 'user'), user);
  await typeInto(input(root, 'password'), password);
}
async function submit(root: HTMLElement) {
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await flush();
  await flush();
}

describe('TeamSettings', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('asks the browser for the one origin first, then connects with the origin only, and clears the password', async () => {
    const s = setup({ 'team.status': () => ({ connected: false }), 'team.connect': () => CONNECTED });
    await s.mount();
    await flush();
    await fill(s.root, `${ORIGIN}/`, 'amy', 'secret');
    await submit(s.root);
    expect(s.order).toEqual([`request ${ORIGIN}`, 'team.connect']);
    expect(s.fake.requests.find((r) => r.kind === 'team.connect')).toEqual({ kind: 'team.connect', serverUrl: ORIGIN, user: 'amy', password: 'secret' });
    expect(s.root.textContent).toContain('我是amy');
    expect(s.root.textContent).toMatch(/上次成功同步5 分钟前（/);
    expect(s.notice.current.value?.text).toBe('已连接团队：amy（客服）。');
    expect(document.activeElement?.id).toBe('team-heading');
  });

  it('a bad address is said at once, focus on it, and nothing is asked or sent', async () => {
    const s = setup({ 'team.status': () => ({ connected: false }) });
    await s.mount();
    await flush();
    await fill(s.root, 'http://couch.example.com', 'amy', 'secret');
    await submit(s.root);
    expect(byRole(s.root, 'alert')[0]!.textContent).toMatch(/^服务器地址不对：http:\/\/ 只能用于本机/);
    expect(document.activeElement).toBe(input(s.root, 'serverUrl'));
    expect(s.order).toEqual([]);
  });

  it('a refused permission or a failed login leaves the form with the reason, the permission given back', async () => {
    const refused = setup({ 'team.status': () => ({ connected: false }) }, false);
    await refused.mount();
    await flush();
    await fill(refused.root, ORIGIN, 'amy', 'secret');
    await submit(refused.root);
    expect(byRole(refused.root, 'alert')[0]!.textContent).toMatch(/没有得到访问这个服务器的权限/);
    expect(refused.order).toEqual([`request ${ORIGIN}`]);
    document.body.innerHTML = '';

    const s = setup({ 'team.status': () => ({ connected: false }), 'team.connect': () => ({ ok: false, error: { code: 'unauthorized', message: '用户名或密码不对，没有连接。' } }) });
    await s.mount();
    await flush();
    await fill(s.root, ORIGIN, 'amy', 'wrong');
    await submit(s.root);
    expect(s.order).toEqual([`request ${ORIGIN}`, 'team.connect', `remove ${ORIGIN}`]);
    expect(byRole(s.root, 'alert')[0]!.textContent).toBe('用户名或密码不对，没有连接。');
    expect(input(s.root, 'password').value).toBe('');
    expect(document.activeElement).toBe(input(s.root, 'password'));
  });

  it('reads the status again while open, and shows a new failure in words', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let status: Record<string, unknown> = CONNECTED;
    const s = setup({ 'team.status': () => status });
    await s.mount();
    await flush();
    expect(s.root.textContent).not.toContain('上次同步失败');
    status = { ...CONNECTED, lastFailure: { at: Date.now(), kind: 'network', message: '连不上团队服务器。', stale: false } };
    await act(async () => void vi.advanceTimersByTime(15_000));
    await flush();
    expect(s.root.textContent).toMatch(/上次同步失败连不上团队服务器。 刚刚（/);
  });

  it('leaving asks first, says what stays, and focus goes to the confirm button and back on cancel', async () => {
    const s = setup({ 'team.status': () => CONNECTED, 'team.leave': () => ({ connected: false }) });
    await s.mount();
    await flush();
    await click(button(s.root, '退出团队'));
    expect(byRole(s.root, 'group')[0]!.textContent).toMatch(/话术和数据全部保留/);
    expect(document.activeElement).toBe(button(s.root, '确认退出'));
    await click(button(s.root, '取消'));
    await flush();
    expect(document.activeElement).toBe(button(s.root, '退出团队'));
    await click(button(s.root, '退出团队'));
    await click(button(s.root, '确认退出'));
    expect(s.order).toEqual(['team.leave']);
    expect(s.root.querySelector('form')).not.toBeNull();
    expect(s.notice.current.value?.text).toBe('已退出团队，本机数据全部保留。');
  });
});
