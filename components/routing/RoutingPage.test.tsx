// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, click, fakeClient, flush, typeInto } from '../../test/helpers/manager';
import { analyse } from './analyse';
import type { WorkerLike } from './analysis-client';
import type { AnalysisReply, AnalysisRequest } from './analysis-types';
import { EXAMPLE_SCENARIO } from './example';
import { RoutingPage } from './RoutingPage';
import { RoutingSidebar } from './RoutingSidebar';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/** A worker that answers in the same thread (answering: false never answers, for form-only tests). */
function inThreadWorker(answering: boolean) {
  const asked: AnalysisRequest[] = [];
  const makeWorker = async (): Promise<WorkerLike> => {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(request) {
        asked.push(request);
        if (!answering) return;
        setTimeout(() => {
          const send = (data: AnalysisReply) => worker.onmessage?.({ data } as MessageEvent<AnalysisReply>);
          for (const stage of analyse(request)) send({ id: request.id, ok: true, ...stage });
          send({ id: request.id, ok: true, stage: 'done' });
        }, 0);
      },
      terminate() {},
    };
    return worker;
  };
  return { asked, makeWorker };
}

const input = (label: string) => {
  const found = root.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
  if (!found) throw new Error(`no input ${label}`);
  return found;
};
const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.querySelector(`[id="${id}"]`)?.textContent)
    .join(' | ');

async function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(node, root));
  await flush();
}

describe('分流 options page', () => {
  it('shows the example until one is saved, refuses a bad field beside it and saves nothing, then saves the fixed scenario', async () => {
    const notice = { say: vi.fn(), alert: vi.fn() };
    const { client, kinds, requests } = fakeClient({ getRoutingScenario: () => null, saveRoutingScenario: () => ({ savedAt: 1_764_000_000_000 }) });
    const worker = inThreadWorker(false);
    await mount(<RoutingPage lang="zh" client={client} notice={notice} makeWorker={worker.makeWorker} debounceMs={0} />);
    expect(root.textContent).toContain('示例场景：还没有保存过自己的场景');

    const weight = input('小林 的权重');
    await typeInto(weight, '-1');
    await flush();
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(weight)).toBe('太小（至少 0）');
    await click(button(root, '保存'));
    expect(kinds()).toEqual(['getRoutingScenario']);
    expect(notice.alert).toHaveBeenCalledWith(expect.stringContaining('有 1 处需要修改'));
    // Nothing is asked while a field is wrong.
    await flush();
    const askedBefore = worker.asked.length;
    expect(worker.asked.every((r) => r.scenario.agents[0]!.weight === 1)).toBe(true);

    await typeInto(weight, '2');
    await flush();
    expect(weight.hasAttribute('aria-invalid')).toBe(false);
    await click(button(root, '保存'));
    expect(requests.at(-1)).toEqual({ kind: 'saveRoutingScenario', scenario: { ...EXAMPLE_SCENARIO, agents: [{ ...EXAMPLE_SCENARIO.agents[0]!, weight: 2 }, ...EXAMPLE_SCENARIO.agents.slice(1)] } });
    expect(notice.say).toHaveBeenCalledWith('分流场景已保存。');
    expect(root.textContent).toMatch(/已保存于 /);
    await flush();
    expect(worker.asked.slice(askedBefore).map((r) => r.scenario.agents[0]!.weight)).toEqual([2]);
  });
});

describe('分流 sidebar panel', () => {
  it('shows the summary and at most three causes, worded, with the link to the full page', async () => {
    const { client } = fakeClient({ getRoutingScenario: () => ({ scenario: EXAMPLE_SCENARIO, savedAt: 1 }) });
    const worker = inThreadWorker(true);
    await mount(<RoutingSidebar lang="en" client={client} optionsUrl="chrome-extension://x/options.html#routing" makeWorker={worker.makeWorker} eager />);
    await vi.waitFor(
      async () => {
        await flush();
        expect(root.querySelectorAll('.rt-causes li').length).toBeGreaterThan(0);
      },
      { timeout: 15_000 },
    );
    expect(worker.asked).toEqual([{ id: expect.any(Number), scenario: EXAMPLE_SCENARIO, lang: 'en', skipRecommendations: true }]);
    const causes = [...root.querySelectorAll('.rt-causes li')].map((li) => li.textContent);
    expect(causes.length).toBeLessThanOrEqual(3);
    expect(causes[0]).toMatch(/^Online time.*小林 is online 13 h a day/);
    expect(root.textContent).toContain('Most: 小林');
    expect(root.textContent).not.toContain('Example');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('chrome-extension://x/options.html#routing');
  }, 20_000);

  it('does not analyse while its tab is hidden (every sidebar panel stays mounted)', async () => {
    const { client, kinds } = fakeClient({ getRoutingScenario: () => null });
    const worker = inThreadWorker(true);
    await mount(
      <div hidden>
        <RoutingSidebar lang="zh" client={client} makeWorker={worker.makeWorker} />
      </div>,
    );
    await flush();
    await flush();
    expect(kinds()).toEqual(['getRoutingScenario']);
    expect(worker.asked).toEqual([]);
    expect(root.textContent).toContain('还没有保存分流场景');
  });
});
