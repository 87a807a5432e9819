import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../phrase-files/spreadsheet';
import { checkEntry, readCountsFile } from '.';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reception counts from a table', () => {
  it('reads agent, date, hour and count; rows of one agent-day add up per hour', async () => {
    const csv = '客服,日期,小时,接待人数\n小美,2026/12/1,9,4\n小美,2026-12-01,09:00-10:00,2\n小美,2026-12-01,10点,3\n阿强,2026-12-01,9,1\n';
    const result = await readCountsFile(bytes(csv), 'counts.csv', 'zh');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const mei = result.days.find((d) => d.agentId === '小美')!;
    expect(mei).toMatchObject({ date: '2026-12-01', total: 9, online: null, busy: null, site: '' });
    expect(mei.received![9]).toBe(6);
    expect(mei.received![10]).toBe(3);
  });

  it('reads an XLSX below a title line', async () => {
    const bytes = writeWorkbook('接待量', [['11月接待统计'], ['客服', '日期', '接待人数'], ['小美', '2026-11-30', '55'], ['阿强', '2026-11-30', '21']], [10, 12, 10]);
    const result = await readCountsFile(bytes, '接待.xlsx', 'zh');
    expect(result.ok && result.days.map((d) => [d.agentName, d.date, d.total, d.received])).toEqual([
      ['小美', '2026-11-30', 55, null],
      ['阿强', '2026-11-30', 21, null],
    ]);
    const bad = await readCountsFile(writeWorkbook('s', [['客服', '接待人数'], ['小美', '很多']], [10, 10]), 'bad.xlsx', 'zh');
    expect(bad).toEqual({ ok: false, errors: ['文件 bad.xlsx 第 2 行，列“接待人数”：应为 0–100000 的整数'] });
  });

  it('takes totals without date or hour', async () => {
    const result = await readCountsFile(bytes('agent,count\nMei,120\nQiang,40\n'), 'totals.csv', 'en');
    expect(result).toEqual({
      ok: true,
      days: [
        expect.objectContaining({ agentId: 'Mei', date: null, received: null, total: 120 }),
        expect.objectContaining({ agentId: 'Qiang', total: 40 }),
      ],
    });
  });

  it('names the row and column of each problem, and keeps nothing', async () => {
    const result = await readCountsFile(bytes('agent,date,hour,count\nMei,2026-13-01,9,3\n,2026-12-01,25,x\n'), 'bad.csv', 'en');
    expect(result).toEqual({
      ok: false,
      errors: [
        'File bad.csv, row 2, column “date”: must be a date such as 2026-12-01',
        'File bad.csv, row 3, column “agent”: must not be empty',
        'File bad.csv, row 3, column “hour”: must be an hour 0–23, such as 9 or 09:00',
        'File bad.csv, row 3, column “count”: must be a whole number 0–100000',
      ],
    });
  });

  it('refuses a table without the needed columns, and an agent-day mixing hours and a total', async () => {
    expect(await readCountsFile(bytes('name,notes\nMei,x\n'), 'x.csv', 'en')).toEqual({ ok: false, errors: [expect.stringContaining('no header row found')] });
    const mixed = await readCountsFile(bytes('agent,hour,count\nMei,9,3\nMei,,4\n'), 'm.csv', 'en');
    expect(mixed).toEqual({ ok: false, errors: [expect.stringMatching(/row 3, column “hour”: rows of one agent and day/)] });
  });

  it('the hand-entry form uses the same checks', () => {
    expect(checkEntry({ agent: ' 小美 ', count: '12' }, 'zh')).toEqual({ entry: { agent: '小美', date: null, hour: null, count: 12 } });
    expect(checkEntry({ agent: '', count: '-1' }, 'en')).toEqual({ problems: [['agent', 'must not be empty'], ['count', 'must be a whole number 0–100000']] });
  });
});
