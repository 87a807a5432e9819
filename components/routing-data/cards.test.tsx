// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProtocolClient } from '../../core/client';
import { createRequestHandler, type SenderKind } from '../../core/protocol';
import { simulateMany, type Scenario } from '../../core/routing';
import { createRoutingMeasuresService, dayFileText, emptyHours, fixedClock, readCountsFile, routingMeasuresArea } from '../../core/routing/measured';
import { createMemoryBackend } from '../../core/store';
import { button, byRole, click, flush, typeInto } from '../../test/helpers/manager';
import { createTestStore } from '../../test/helpers/store';
import { MyDayCard } from './MyDayCard';
import { TeamDataCard } from './TeamDataCard';
import type { RunJob } from './worker-jobs';

vi.mock('../ui/download', () => ({ download: vi.fn() }));
const { download } = await import('../ui/download');

const MIDNIGHT = Date.UTC(2026, 10, 30, 16); // 2026-12-01 00:00 at UTC+8
const at = (hh: number, mm = 0) => MIDNIGHT + (hh * 60 + mm) * 60_000;

function background() {
  const store = createTestStore({ backend: createMemoryBackend(), now: () => at(20), actor: 'dev', lang: 'zh' });
  const service = createRoutingMeasuresService({ store, now: () => at(20), lang: 'zh', clock: fixedClock(480) });
  const handle = createRequestHandler(routingMeasuresArea.requests!({ routingMeasures: service }), { lang: 'zh', onWritten: () => {} });
  return (sender: SenderKind) => createProtocolClient((message) => handle(message, sender), 'zh');
}
const reporter = () => ({ say: vi.fn(), alert: vi.fn() });
const runHere: RunJob = (job) => readCountsFile(job.bytes, job.fileName, job.lang);

let root: HTMLElement;
async function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(node, root));
  await flush();
}
afterEach(() => {
  render(null, root);
  root.remove();
});

async function chooseFiles(files: File[]) {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  for (let i = 0; i < 5; i++) await flush();
}

describe('MyDayCard', () => {
  it('shows the day recorded (online, busy, buyers per hour) and exports it once the agent is named', async () => {
    const clientAs = background();
    const console = clientAs('console');
    const samples = Array.from({ length: 90 }, (_, i) => ({ at: at(9, i), online: true, waiting: i < 20 ? 6 : 0, buyerIds: Array.from({ length: 1 + Math.floor(i / 10) }, (_, k) => `b${k}`) }));
    await console.request({ kind: 'recordRoutingSamples', site: 'pinduoduo', samples });
    const say = reporter();
    await mount(<MyDayCard lang="zh" client={console} reporter={say} defaultAgent="小美" now={() => at(20)} />);

    expect(root.querySelector('.rd-figures')!.textContent).toBe('在线1 小时 29 分忙碌20 分接待买家9');
    const table = byRole(root, 'table')[0] ?? root.querySelector('table')!;
    expect(table.getAttribute('aria-label')).toBe('每小时接待的买家');
    expect([...table.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual(['09–106', '10–113']);
    expect(root.querySelector('select')!.textContent).toBe('2026-12-01（今天） · pinduoduo');

    // Named from the {客服} variable until saved; the export needs the saved name.
    expect(root.querySelector<HTMLInputElement>('.rd-agent input')!.value).toBe('小美');
    await click(button(root, '保存账号'));
    await click(button(root, '导出这一天'));
    expect(download).toHaveBeenCalledWith('小美-2026-12-01.kefu-day.json', expect.stringContaining('"receivedPerHour"'), 'application/json');
    expect(say.say).toHaveBeenLastCalledWith('已导出：小美-2026-12-01.kefu-day.json。把文件发给店主即可。');
  });
});

describe('TeamDataCard', () => {
  const hours = (from: number, to: number, n: number) => emptyHours().map((_, h) => (h >= from && h < to ? n : 0));
  const dayFile = (name: string, from: number, to: number, n: number) =>
    new File([dayFileText({ agentId: name, agentName: name, site: 'pinduoduo', date: '2026-12-01', online: [[from * 60, to * 60]], busy: [], received: hours(from, to, n), total: 0 }, at(20))], `${name}.kefu-day.json`);

  it('imports good files, refuses a bad one by file and field, builds the scenario and compares it with reality', async () => {
    const options = background()('options');
    const notice = reporter();
    const used: Scenario[] = [];
    const props = { lang: 'zh' as const, client: options, reporter: notice, run: runHere, onUseScenario: (s: Scenario) => used.push(s) };
    await mount(<TeamDataCard {...props} />);
    const bad = new File(['{"format":"kefu-routing-day","version":1,"agent":{"id":"阿强","name":"阿强"},"site":"x","date":"2026-12-01","online":[["09:00","25:00"]],"busy":[],"receivedPerHour":[]}'], '阿强.json');
    await chooseFiles([dayFile('小美', 9, 21, 2), dayFile('小丽', 9, 15, 2), bad]);

    const refused = byRole(root, 'alert');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.textContent).toContain('阿强.json 没有导入');
    expect(refused[0]!.textContent).toContain('文件 阿强.json：字段 online[0][1]');
    expect(refused[0]!.textContent).toContain('文件 阿强.json：字段 receivedPerHour');
    expect(notice.alert).toHaveBeenCalledWith('导入完成：2 个文件成功，1 个文件被拒绝（被拒绝的文件没有改动任何数据）。');
    const rows = () => [...root.querySelectorAll('table[aria-label="已导入的客服日数据"] tbody tr')].map((r) => r.querySelector('th')!.textContent + ' ' + r.querySelectorAll('td')[5]!.textContent);
    expect(rows()).toEqual(['小丽 12', '小美 24']);

    // The same agent-day again replaces it.
    await chooseFiles([dayFile('小美', 9, 21, 1)]);
    expect(rows()).toEqual(['小丽 12', '小美 12']);
    expect(root.querySelector('.rd-outcomes')!.textContent).toContain('替换了之前的数据');

    // Hand entry: the problems by field, nothing added; then a good one.
    await typeInto(root.querySelector<HTMLInputElement>('.rd-hand input[type=number]')!, '-3');
    await act(async () => void root.querySelector('form.rd-hand')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(root.querySelector('.rd-hand [role=alert]')!.textContent).toBe('客服：不能为空接待人数：应为 0–100000 的整数');
    expect(rows()).toHaveLength(2);

    await click(button(root, '用数据生成分流场景'));
    expect(used).toHaveLength(1);
    expect(used[0]!.agents.map((a) => [a.id, a.online])).toEqual([
      ['小丽', [[9, 15]]],
      ['小美', [[9, 21]]],
    ]);
    expect(root.querySelector('[aria-label="生成的场景"]')!.textContent).toContain('回复时间没有测量：按 30 秒计算。');

    // Given the simulation: 小丽 half the hours yet half the buyers — reality departs.
    await act(async () => render(<TeamDataCard {...props} estimate={simulateMany(used[0]!, 8)} />, root));
    await flush();
    const compare = root.querySelector('[aria-label="实际与模拟对比"]')!;
    expect(compare.textContent).toContain('2 位客服的实际份额与模拟相差超过 5 个百分点。');
    expect(compare.textContent).toMatch(/小丽：实际 50%，模拟 3\d(\.\d)?%，实际多了/);

    await click(button(root, '删除 小丽 2026-12-01'));
    expect(rows()).toEqual(['小美 12']);
  });

  it('imports a count table, or refuses it whole naming row and column', async () => {
    const options = background()('options');
    await mount(<TeamDataCard lang="en" client={options} reporter={reporter()} run={runHere} />);
    await chooseFiles([new File(['agent,date,hour,count\nMei,2026-12-01,9,3\nQiang,2026-12-01,nine,2\n'], 'counts.csv')]);
    expect(byRole(root, 'alert')[0]!.textContent).toContain('File counts.csv, row 3, column “hour”');
    expect(root.textContent).toContain('No data imported yet.');
    await chooseFiles([new File(['agent,date,hour,count\nMei,2026-12-01,9,3\nQiang,2026-12-01,9,2\n'], 'counts.csv')]);
    expect(root.textContent).toContain('Imported counts.csv: 2 agent-day(s)');
    expect(root.textContent).toContain('Imported data (2)');
  });
});
