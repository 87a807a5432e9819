import { say, type Lang } from '../i18n';
import { UserFacingError, type Change, type RecordStore, type StoreView } from '../store';
import { checkDayFigures, type DayDraft, type DayFigures } from './figures';
import { metricsDayId, replyWaitDayId, type MetricsDayRecord, type ReplyWaitDayRecord } from './records';
import { addWaits, shiftDate, summariseWaitDay, type ReplyWait, type WaitDay, type WaitDaySummary, type WaitsOutcome, WAIT_DAYS_KEPT } from './wait-days';

/** Days of entered figures kept (a year and a day, to compare with the same day last year). */
export const FIGURE_DAYS_KEPT = 366;
/** Rows per date: the shop and up to 19 products. */
export const MAX_ROWS_PER_DATE = 20;

export interface MetricsService {
  saveDay(draft: DayDraft): Promise<{ value: { figures: DayFigures; replaced: boolean } }>;
  deleteDay(date: string, product: string): Promise<{ value: { deleted: boolean } }>;
  days(): Promise<{ value: DayFigures[] }>;
  recordWaits(waits: readonly ReplyWait[]): Promise<{ value: WaitsOutcome }>;
  waitDays(): Promise<{ value: WaitDaySummary[] }>;
}

export interface MetricsDeps {
  store: RecordStore;
  now: () => number;
  /** The local calendar day (YYYY-MM-DD) of an instant: "today", and which day a wait belongs to. */
  dateOf: (at: number) => string;
  lang: Lang;
}

/**
 * The metrics calculator's storage: the figures entered for each day, and the reply waits the
 * waiting radar observed. Writes are not broadcast: only the page that asked shows them, and the
 * radar writes often.
 */
export function createMetricsService({ store, now, dateOf, lang }: MetricsDeps): MetricsService {
  const figureRecords = (view: StoreView) => view.list('metricsDay') as MetricsDayRecord[];
  const waitRecords = (view: StoreView) => view.list('replyWaitDay') as ReplyWaitDayRecord[];

  return {
    async saveDay(draft) {
      const today = dateOf(now());
      const checked = checkDayFigures(draft, today, lang);
      if (!checked.ok) {
        throw new UserFacingError(
          'invalid-request',
          say(lang, '这一天的数据没有保存：', 'The day was not saved:'),
          checked.problems.map((p) => p.message),
        );
      }
      const { figures } = checked;
      const oldest = shiftDate(today, -(FIGURE_DAYS_KEPT - 1));
      if (figures.date < oldest) {
        throw new UserFacingError(
          'invalid-request',
          say(lang, `只保存最近 ${FIGURE_DAYS_KEPT} 天的数据（${oldest} 起），${figures.date} 没有保存。`, `Only the last ${FIGURE_DAYS_KEPT} days are kept (from ${oldest}); ${figures.date} was not saved.`),
        );
      }
      const { value } = await store.update((view) => {
        const records = figureRecords(view);
        const id = metricsDayId(figures.date, figures.product);
        const replaced = records.some((r) => r.id === id);
        const sameDate = records.filter((r) => r.date === figures.date);
        if (!replaced && sameDate.length >= MAX_ROWS_PER_DATE) {
          throw new UserFacingError(
            'invalid-request',
            say(lang, `${figures.date} 已有 ${MAX_ROWS_PER_DATE} 行（全店和商品），请先删除一行。没有保存。`, `${figures.date} already has ${MAX_ROWS_PER_DATE} rows (shop and products); delete one first. Nothing was saved.`),
          );
        }
        const changes: Change[] = [{ put: { id, type: 'metricsDay', scope: 'local', ...figures } }];
        // Days before the kept year go as the new day comes in.
        for (const old of records.filter((r) => r.date < oldest)) changes.push({ delete: old.id });
        return { changes, value: { figures, replaced } };
      });
      return { value };
    },

    async deleteDay(date, product) {
      const { value } = await store.update((view) => {
        const id = metricsDayId(date, product.trim());
        const present = view.get(id)?.type === 'metricsDay' && !view.get(id)?.deleted;
        return { changes: present ? [{ delete: id }] : [], value: { deleted: present } };
      });
      return { value };
    },

    async days() {
      await store.open();
      const records = (await store.list('metricsDay')) as MetricsDayRecord[];
      return {
        value: records
          .map(({ date, product, visitors, buyers, views, ownVisits, inquirers }): DayFigures => ({ date, product, visitors, buyers, views, ownVisits, inquirers }))
          .sort((a, b) => (a.date === b.date ? a.product.localeCompare(b.product) : a.date < b.date ? 1 : -1)),
      };
    },

    async recordWaits(waits) {
      const { value } = await store.update((view) => {
        const stored = waitRecords(view).map(({ site, date, waits: w, summary }): WaitDay => ({ site, date, waits: w, summary }));
        const { changed, deleted, outcome } = addWaits(stored, waits, { now: now(), dateOf });
        const changes: Change[] = [
          ...changed.map((d) => ({ put: { id: replyWaitDayId(d.site, d.date), type: 'replyWaitDay', scope: 'local' as const, site: d.site, date: d.date, waits: d.waits, summary: d.summary } })),
          ...deleted.map((d) => ({ delete: replyWaitDayId(d.site, d.date) })),
        ];
        return { changes, value: outcome };
      });
      return { value };
    },

    async waitDays() {
      await store.open();
      const at = now();
      // Days past the kept ones go with the next write; until then they are not shown.
      const oldest = shiftDate(dateOf(at), -(WAIT_DAYS_KEPT - 1));
      const records = (await store.list('replyWaitDay')) as ReplyWaitDayRecord[];
      return {
        value: records
          .filter((r) => r.date >= oldest)
          .map((r) => summariseWaitDay(r, at))
          .sort((a, b) => (a.date === b.date ? a.site.localeCompare(b.site) : a.date < b.date ? 1 : -1)),
      };
    },
  };
}
