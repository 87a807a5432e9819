import { say, type Lang } from '../../i18n';
import { UserFacingError, type Change, type RecordStore, type StoredRecord } from '../../store';
import { LOCAL_CLOCK, type LocalClock } from './clock';
import { normaliseIntervals, type DayRecord, type DaySource, type MeasuredDay, type MyDay, type TeamDay } from './day';
import { dayFileName, dayFileText, parseDayFile } from './file';
import { ROUTING_AGENT_ID, myDayId, teamDayId, type RoutingMyDayRecord, type RoutingTeamDayRecord } from './records';
import { recordSamples, type RecorderDay, type Sample } from './recorder';

/** Own days kept on this machine; older ones are dropped when a new day starts. */
export const MY_DAYS_KEPT = 60;
/** Team agent-days the owner may keep (a year of a 30-agent team). */
export const TEAM_DAYS_MAX = 12_000;

export interface RoutingAgent {
  id: string;
  name: string;
}

export interface ImportedFile {
  file: string;
  agentName: string;
  date: string;
  /** It replaced the same agent-day imported before. */
  replaced: boolean;
}

export interface RoutingMeasuresService {
  record(site: string, samples: readonly Sample[]): Promise<{ value: { date: string | null; total: number } }>;
  myDays(): Promise<{ value: { agent: RoutingAgent | null; days: MyDay[] } }>;
  setAgent(agent: { id: string; name?: string }): Promise<{ value: RoutingAgent }>;
  exportDay(site: string, date: string): Promise<{ value: { fileName: string; content: string } }>;
  importFiles(files: readonly { name: string; text: string }[]): Promise<{ value: { imported: ImportedFile[]; refused: { file: string; errors: string[] }[] } }>;
  addCounts(source: Exclude<DaySource, 'file' | 'team'>, days: readonly MeasuredDay[]): Promise<{ value: { added: number; replaced: number } }>;
  teamDays(): Promise<{ value: TeamDay[] }>;
  deleteTeamDays(ids: readonly string[]): Promise<{ value: { deleted: number } }>;
}

export interface RoutingMeasuresDeps {
  store: RecordStore;
  now: () => number;
  lang: Lang;
  clock?: LocalClock;
}

/**
 * The measured side of the advisor: the sidebar's samples into day records, the agent's day file,
 * the owner's team data. Writes are not broadcast (`written` left out): nothing else shows them,
 * and the recorder writes every minute.
 */
export function createRoutingMeasuresService({ store, now, lang, clock = LOCAL_CLOCK }: RoutingMeasuresDeps): RoutingMeasuresService {
  const myRecords = (view: { list(type: string): StoredRecord[] }) => view.list('routingMyDay') as RoutingMyDayRecord[];
  const teamRecords = (view: { list(type: string): StoredRecord[] }) => view.list('routingTeamDay') as RoutingTeamDayRecord[];

  return {
    async record(site, samples) {
      const { value } = await store.update((view) => {
        const mine = myRecords(view).filter((r) => r.site === site);
        const latest = mine.reduce<RoutingMyDayRecord | null>((a, r) => (!a || r.date > a.date ? r : a), null);
        const touched = recordSamples(latest ? recorderDay(latest) : null, site, samples, clock);
        // A finished day keeps its figures only: the buyers' hashes matter to the current day alone,
        // and every record loads on each wake of the background.
        const changes: Change[] = touched.map((day, i) => {
          const done = i < touched.length - 1 ? { seen: [], lastIds: [] } : {};
          return { put: { id: myDayId(site, day.date), type: 'routingMyDay', scope: 'local', ...day, ...done } };
        });
        // A new day started: keep the newest MY_DAYS_KEPT days of this console.
        if (touched.some((d) => d.date !== latest?.date)) {
          const dates = [...new Set([...mine.map((r) => r.date), ...touched.map((d) => d.date)])].sort().reverse();
          for (const old of dates.slice(MY_DAYS_KEPT)) changes.push({ delete: myDayId(site, old) });
        }
        const last = touched[touched.length - 1];
        return { changes, value: { date: last?.date ?? latest?.date ?? null, total: sum((last ?? latest)?.received ?? []) } };
      });
      return { value };
    },

    async myDays() {
      await store.open();
      const days = (await store.list('routingMyDay')) as RoutingMyDayRecord[];
      return {
        value: {
          agent: await agent(),
          days: days
            .map((r): MyDay => ({ site: r.site, date: r.date, online: normaliseIntervals(r.online), busy: normaliseIntervals(r.busy), received: [...r.received], total: sum(r.received), lastAt: r.lastAt }))
            .sort((a, b) => (a.date === b.date ? a.site.localeCompare(b.site) : a.date < b.date ? 1 : -1)),
        },
      };
    },

    async setAgent({ id, name }) {
      const value = { id: id.trim(), name: (name ?? id).trim() || id.trim() };
      await store.write([{ put: { id: ROUTING_AGENT_ID, type: 'routingAgent', scope: 'local', agentId: value.id, agentName: value.name } }]);
      return { value };
    },

    async exportDay(site, date) {
      const me = await agent();
      if (!me) {
        throw new UserFacingError('invalid-request', say(lang, '请先填写你的客服账号，导出的文件要写明是谁的数据。', 'Enter your agent account first: the file must say whose day it is.'));
      }
      const record = (await store.get(myDayId(site, date))) as RoutingMyDayRecord | undefined;
      if (!record || record.deleted) {
        throw new UserFacingError('not-found', say(lang, `没有 ${date} 的记录，文件没有导出。`, `Nothing was recorded on ${date}; no file was exported.`));
      }
      const day: DayRecord = { agentId: me.id, agentName: me.name, site, date, online: record.online, busy: record.busy, received: record.received, total: sum(record.received) };
      return { value: { fileName: dayFileName(day), content: dayFileText(day, now()) } };
    },

    async importFiles(files) {
      const refused: { file: string; errors: string[] }[] = [];
      const good: { file: string; day: DayRecord }[] = [];
      for (const file of files) {
        const parsed = parseDayFile(file.text, file.name, lang);
        if (parsed.ok) good.push({ file: file.name, day: parsed.day });
        else refused.push({ file: file.name, errors: parsed.errors });
      }
      const { value } = await store.update((view) => {
        const at = now();
        const existing = new Set(teamRecords(view).map((r) => r.id));
        const imported = good.map(({ file, day }) => ({ file, agentName: day.agentName, date: day.date, replaced: existing.has(teamDayId(day)) }));
        checkRoom(existing, good.map((g) => teamDayId(g.day)));
        const changes: Change[] = good.map(({ day }) => ({ put: teamPut(day, 'file', at) }));
        return { changes, value: { imported, refused } };
      });
      return { value };
    },

    async addCounts(source, days) {
      const { value } = await store.update((view) => {
        const at = now();
        const existing = new Set(teamRecords(view).map((r) => r.id));
        const ids = days.map(teamDayId);
        checkRoom(existing, ids);
        return { changes: days.map((day) => ({ put: teamPut(day, source, at) })), value: { added: days.length, replaced: ids.filter((id) => existing.has(id)).length } };
      });
      return { value };
    },

    async teamDays() {
      await store.open();
      const records = (await store.list('routingTeamDay')) as RoutingTeamDayRecord[];
      return {
        value: records
          .map((r): TeamDay => ({ id: r.id, agentId: r.agentId, agentName: r.agentName, site: r.site, date: r.date, online: r.online, busy: r.busy, received: r.received, total: r.total, source: r.source, importedAt: r.importedAt }))
          .sort((a, b) => a.agentName.localeCompare(b.agentName) || (a.date ?? '').localeCompare(b.date ?? '')),
      };
    },

    async deleteTeamDays(ids) {
      const { value } = await store.update((view) => {
        const present = ids.filter((id) => view.get(id)?.type === 'routingTeamDay' && !view.get(id)?.deleted);
        return { changes: present.map((id) => ({ delete: id })), value: { deleted: present.length } };
      });
      return { value };
    },
  };

  async function agent(): Promise<RoutingAgent | null> {
    const r = await store.get(ROUTING_AGENT_ID);
    return r && !r.deleted && typeof r.agentId === 'string' ? { id: r.agentId, name: String(r.agentName ?? r.agentId) } : null;
  }

  function checkRoom(existing: ReadonlySet<string>, ids: readonly string[]): void {
    const after = new Set([...existing, ...ids]).size;
    if (after > TEAM_DAYS_MAX) {
      throw new UserFacingError(
        'invalid-request',
        say(lang, `团队数据最多 ${TEAM_DAYS_MAX} 条客服日记录，导入后会有 ${after} 条：请先删除旧数据。没有导入任何内容。`, `Team data holds at most ${TEAM_DAYS_MAX} agent-days; this import would make ${after}. Delete old data first. Nothing was imported.`),
      );
    }
  }
}

function teamPut(day: MeasuredDay, source: DaySource, importedAt: number) {
  return {
    id: teamDayId(day),
    type: 'routingTeamDay',
    scope: 'local' as const,
    agentId: day.agentId,
    agentName: day.agentName,
    site: day.site,
    date: day.date,
    online: day.online,
    busy: day.busy,
    received: day.received,
    total: day.total,
    source,
    importedAt,
  };
}

function recorderDay(r: RoutingMyDayRecord): RecorderDay {
  return { site: r.site, date: r.date, online: r.online, busy: r.busy, received: r.received, seen: r.seen, lastIds: r.lastIds, lastAt: r.lastAt, onlineOpen: r.onlineOpen, busyOpen: r.busyOpen };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
