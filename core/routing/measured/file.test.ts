import { describe, expect, it } from 'vitest';
import { dayFileName, dayFileText, emptyHours, mergeTeamDays, parseDayFile, type DayRecord } from '.';

const hours = emptyHours().map((_, h) => (h >= 9 && h < 12 ? 5 : 0));
const day: DayRecord = { agentId: 'shop:小美', agentName: '小美', site: 'taobao', date: '2026-12-01', online: [[540, 600], [590, 720]], busy: [[600, 615]], received: hours, total: 15 };

describe('the day file', () => {
  it('round-trips: counts and times only, intervals joined, as HH:MM', () => {
    const text = dayFileText(day, Date.UTC(2026, 11, 1, 12));
    const json = JSON.parse(text);
    expect(json).toMatchObject({ format: 'kefu-routing-day', version: 1, online: [['09:00', '12:00']], busy: [['10:00', '10:15']] });
    expect(Object.keys(json).sort()).toEqual(['agent', 'busy', 'date', 'exportedAt', 'format', 'online', 'receivedPerHour', 'site', 'version']);
    expect(text.length).toBeLessThan(1000);
    const parsed = parseDayFile(text, 'a.json', 'en');
    expect(parsed).toEqual({ ok: true, day: { ...day, online: [[540, 720]] } });
    expect(dayFileName(day)).toBe('小美-2026-12-01.kefu-day.json');
  });

  it('refuses a bad file naming the file and the field', () => {
    const json = JSON.parse(dayFileText(day, 0));
    const bad = (patch: Record<string, unknown>) => parseDayFile(JSON.stringify({ ...json, ...patch }), 'xiaomei.json', 'en');
    expect(bad({ receivedPerHour: [1, 2] })).toEqual({ ok: false, errors: [expect.stringMatching(/^File xiaomei\.json: field receivedPerHour: /)] });
    expect(bad({ online: [['12:00', '09:00']] })).toEqual({ ok: false, errors: ['File xiaomei.json: field online[0]: the start must come before the end'] });
    expect(bad({ agent: { id: '', name: 'x' } })).toEqual({ ok: false, errors: ['File xiaomei.json: field agent.id: must not be empty'] });
    expect(bad({ buyers: ['tb123'] })).toEqual({ ok: false, errors: [expect.stringContaining('unknown fields buyers')] });
    expect(parseDayFile('not json', 'x.json', 'zh')).toEqual({ ok: false, errors: ['文件 x.json：不是 JSON，无法读取'] });
    expect(bad({ format: 'kefu-sidebar-backup' })).toEqual({ ok: false, errors: [expect.stringContaining('field format')] });
  });

  it('merging the team: the same agent-day again replaces, not doubles', () => {
    const other = { ...day, agentId: 'shop:阿强', agentName: '阿强' };
    const again = { ...day, total: 99 };
    const merged = mergeTeamDays([day, other], [again, { ...day, date: '2026-12-02' }]);
    expect(merged).toHaveLength(3);
    expect(merged.find((d) => d.agentId === day.agentId && d.date === '2026-12-01')!.total).toBe(99);
  });
});
