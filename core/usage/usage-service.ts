import { say, type Lang } from '../i18n';
import { UserFacingError, type Change, type RecordStore, type StoreView, type WriteOutcome } from '../store';
import { REPLY_PICKS_ID, usageRecordId } from './model';
import { addPick, forgetPicks, type ReplyPick } from './reply-picks';

export interface UsageServiceDeps {
  store: RecordStore;
  now: () => number;
  lang: Lang;
}

export interface UsageService {
  /**
   * Counts one insertion of a live phrase; answers with its new count. With a `question` (the
   * buyer's messages it answered) that is not blank, the pick is remembered in the same write.
   */
  recordUsage(phraseId: string, question?: string): Promise<WriteOutcome<{ count: number }>>;
  /** Forgets the picks of one phrase, or all of them; answers how many were forgotten. */
  forgetReplyPicks(phraseId?: string): Promise<WriteOutcome<{ forgotten: number }>>;
}

const isLivePhrase = (view: StoreView) => (id: string) => {
  const r = view.get(id);
  return r?.type === 'phrase' && !r.deleted;
};

/** The stored picks (none when the record is absent or deleted). */
function storedPicks(view: StoreView): readonly ReplyPick[] {
  const record = view.get(REPLY_PICKS_ID);
  return record && !record.deleted && Array.isArray(record.picks) ? (record.picks as ReplyPick[]) : [];
}

const putPicks = (picks: readonly ReplyPick[]): Change => ({ put: { id: REPLY_PICKS_ID, type: 'replyPicks', scope: 'local', picks: [...picks] } });

export function createUsageService({ store, now, lang }: UsageServiceDeps): UsageService {
  return {
    recordUsage(phraseId, question) {
      return store.update((view) => {
        const phrase = view.get(phraseId);
        if (!phrase || phrase.type !== 'phrase' || phrase.deleted) {
          throw new UserFacingError(
            'not-found',
            say(lang, `找不到这条话术（${phraseId}），使用次数没有记录。`, `This phrase (${phraseId}) was not found; its use was not counted.`),
          );
        }
        const time = now();
        const id = usageRecordId(phraseId);
        const previous = view.get(id);
        const count = (typeof previous?.count === 'number' && !previous.deleted ? previous.count : 0) + 1;
        const lastUsedAt = Math.max(time, typeof previous?.lastUsedAt === 'number' ? previous.lastUsedAt : 0);
        const changes: Change[] = [{ put: { id, type: 'phraseUsage', scope: 'local', phraseId, count, lastUsedAt } }];
        if (question !== undefined) {
          const before = storedPicks(view);
          // Picks of phrases deleted since are dropped here, as the list is written anyway.
          const after = addPick(before, question, phraseId, time, isLivePhrase(view));
          if (after !== before) changes.push(putPicks(after));
        }
        return { changes, value: { count } };
      });
    },

    forgetReplyPicks(phraseId) {
      return store.update((view) => {
        const before = storedPicks(view);
        const after = forgetPicks(before, phraseId);
        const forgotten = before.length - after.length;
        return { changes: forgotten > 0 ? [putPicks(after)] : [], value: { forgotten } };
      });
    },
  };
}
