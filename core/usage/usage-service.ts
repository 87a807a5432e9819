import { say, type Lang } from '../i18n';
import { UserFacingError, type RecordStore, type WriteOutcome } from '../store';
import { usageRecordId } from './model';

export interface UsageServiceDeps {
  store: RecordStore;
  now: () => number;
  lang: Lang;
}

export interface UsageService {
  /** Counts one insertion of a live phrase; answers with its new count. */
  recordUsage(phraseId: string): Promise<WriteOutcome<{ count: number }>>;
}

export function createUsageService({ store, now, lang }: UsageServiceDeps): UsageService {
  return {
    recordUsage(phraseId) {
      return store.update((view) => {
        const phrase = view.get(phraseId);
        if (!phrase || phrase.type !== 'phrase' || phrase.deleted) {
          throw new UserFacingError(
            'not-found',
            say(lang, `找不到这条话术（${phraseId}），使用次数没有记录。`, `This phrase (${phraseId}) was not found; its use was not counted.`),
          );
        }
        const id = usageRecordId(phraseId);
        const previous = view.get(id);
        const count = (typeof previous?.count === 'number' && !previous.deleted ? previous.count : 0) + 1;
        const lastUsedAt = Math.max(now(), typeof previous?.lastUsedAt === 'number' ? previous.lastUsedAt : 0);
        return { changes: [{ put: { id, type: 'phraseUsage', scope: 'local', phraseId, count, lastUsedAt } }], value: { count } };
      });
    },
  };
}
