// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { button, byRole, click, fakeClient, flush, typeInto } from '../../test/helpers/manager';
import { checkDayFigures, type DayDraft, type DayFigures } from '../../core/metrics';
import { MetricsPage } from './MetricsPage';

// happy-dom draws nothing: its canvas has no 2D context, and the chart (uPlot) draws on a later tick,
// so without this a draw can land after a test and fail the run. A context whose every call does nothing.
const noDrawing = new Proxy({}, { get: (_, key) => (key === 'measureText' ? () => ({ width: 0 }) : () => undefined) });
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => noDrawing as never);
});
afterAll(() => vi.restoreAllMocks());

const NOW = new Date(2026, 11, 1, 12).getTime();
const shopDay: DayFigures = { date: '2026-11-30', product: '', visitors: 0, buyers: 0, views: 300, ownVisits: 20, inquirers: 7 };

describe('MetricsPage (指标)', () => {
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
  });

  async function mount(days: DayFigures[] = [shopDay]) {
    const said: string[] = [];
    const fake = fakeClient({
      getMetricsDays: () => days,
      getReplyWaitDays: () => [],
      saveMetricsDay: (req) => {
        // The background's own check, as the real request runs it.
        const checked = checkDayFigures(req.day as DayDraft, '2026-12-01', 'zh');
        if (!checked.ok) throw new Error('the page sent a draft the background refuses');
        const { figures } = checked;
        days = [figures, ...days];
        return { figures, replaced: false };
      },
      deleteMetricsDay: () => ({ deleted: true }),
    });
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<MetricsPage lang="zh" client={fake.client} reporter={{ say: (t) => said.push(t), alert: (t) => said.push(`alert: ${t}`) }} now={() => NOW} />, root);
    });
    await flush();
    return { fake, said };
  }
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#mt-${id}`)!;
  const table = () => root.querySelector('table[aria-label="每日指标"]')!;

  it('shows each day with its rates; a zero whole says not available and why', async () => {
    await mount();
    const cells = Array.from(table().querySelectorAll('tbody tr')[0]!.children).map((c) => c.textContent);
    expect(cells.slice(0, 7)).toEqual(['2026-11-30', '全店', '0', '0', '300', '20', '7']);
    expect(cells[7]).toBe('不可用访客数为 0，无法相除');
    expect(cells[8]).toBe('2.5%7 / 280');
    expect(input('date').value).toBe('2026-12-01');
  });

  it('a bad figure is named beside its field and in one alert; nothing is sent', async () => {
    const { fake } = await mount();
    await typeInto(input('visitors'), '12a');
    await typeInto(input('date'), '2026-12-05');
    await click(button(root, '保存这一天'));
    expect(fake.kinds()).not.toContain('saveMetricsDay');
    expect(input('visitors').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#mt-visitors-problem')!.textContent).toBe('访客数：请填写 0 到 1000000000 之间的整数（现在是“12a”）');
    // The field keeps its name (its label) and is described by the problem.
    expect(root.querySelector('label[for="mt-visitors"]')!.textContent).toBe('访客数');
    expect(input('visitors').getAttribute('aria-describedby')).toBe('mt-visitors-problem');
    const alert = byRole(root, 'alert')[0]!.textContent!;
    expect(alert).toContain('没有保存，请改正：');
    expect(alert).toContain('日期：2026-12-05 还没到');
  });

  it('saves a day, says so, and shows it; a row can be changed and deleted', async () => {
    const { fake, said } = await mount();
    await typeInto(input('visitors'), '1,000');
    await typeInto(input('buyers'), '25');
    await click(button(root, '保存这一天'));
    expect(fake.requests.find((r) => r.kind === 'saveMetricsDay')).toEqual({ kind: 'saveMetricsDay', day: expect.objectContaining({ date: '2026-12-01', product: '', visitors: '1,000', buyers: '25' }) });
    expect(said).toContain('已保存 2026-12-01 全店');
    await flush();
    expect(table().querySelectorAll('tbody tr')[0]!.textContent).toContain('2.5%25 / 1000');
    expect(byRole(root, 'alert')).toHaveLength(0);

    await click(button(root, '修改 2026-11-30 全店'));
    expect(input('date').value).toBe('2026-11-30');
    expect(input('inquirers').value).toBe('7');
    await click(button(root, '删除 2026-11-30 全店'));
    expect(fake.requests.find((r) => r.kind === 'deleteMetricsDay')).toEqual({ kind: 'deleteMetricsDay', date: '2026-11-30', product: '' });
  });

  it('with nothing stored, says how to start', async () => {
    await mount([]);
    expect(root.textContent).toContain('还没有数据');
    expect(root.textContent).toContain('至少有两天的全店数据后显示趋势图');
  });
});
