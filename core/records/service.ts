import { say, type Lang } from '../i18n';
import { UserFacingError, type RecordStore, type StoreView, type WriteOutcome } from '../store';
import { exportRecords, type RecordExportFile, type RecordExportFormat } from './export';
import { RECORDS_MAX, boundConversation, type ConversationDraft } from './limits';
import { CONVERSATION_RECORD_ID_PREFIX, type ConversationRecord } from './model';
import type { AskedQuestion } from './recurring';
import { searchRecords, type RecordSummary } from './search';

export interface SavedRecord {
  summary: RecordSummary;
  /** How many records are kept now, and the most that can be. */
  stored: number;
  max: number;
}

export interface RecordsService {
  save(draft: ConversationDraft): Promise<WriteOutcome<SavedRecord>>;
  /** Summaries, newest first; `query` keeps those holding every word of it. */
  list(query?: string): Promise<{ value: { records: RecordSummary[]; total: number; max: number } }>;
  get(id: string): Promise<{ value: ConversationRecord }>;
  delete(id: string): Promise<WriteOutcome<{ id: string }>>;
  deleteAll(): Promise<WriteOutcome<{ deleted: number }>>;
  /** The records matching `query` (all for a blank one) as a text or JSON file, in `fileLang` (the service's language by default). */
  export(format: RecordExportFormat, query?: string, fileLang?: Lang): Promise<{ value: RecordExportFile }>;
  /** Every buyer message of every record, with its record: what recurring questions are grouped from. */
  questions(): Promise<{ value: { questions: AskedQuestion[]; records: number } }>;
}

export interface RecordsServiceDeps {
  store: RecordStore;
  newId: (prefix: string) => string;
  now: () => number;
  lang: Lang;
}

const live = (records: readonly unknown[]) => records as ConversationRecord[];

/**
 * A deleted record keeps nothing of the conversation: a tombstone with its id and save time only
 * (so that sync can pass the delete on), the buyer and every message erased.
 */
function erased(record: ConversationRecord) {
  const { id, type, scope, site, savedAt, createdAt } = record;
  return { put: { id, type, scope, site, createdAt, savedAt, buyerId: '-', buyerName: '', product: null, messages: [], cuts: { earlier: 0, long: 0 }, deleted: true } };
}

/** Conversation records (issue 11 item 4): saved on request, listed, searched, exported and deleted, on this machine only. */
export function createRecordsService({ store, newId, now, lang }: RecordsServiceDeps): RecordsService {
  const notFound = (id: string) =>
    new UserFacingError('not-found', say(lang, `找不到这条会话记录（${id}），可能已被删除。`, `This conversation record (${id}) was not found; it may have been deleted.`));

  function recordIn(view: StoreView, id: string): ConversationRecord {
    const record = view.get(id);
    if (!record || record.type !== 'conversationRecord' || record.deleted) throw notFound(id);
    return record as ConversationRecord;
  }

  const all = async () => live(await store.list('conversationRecord'));

  return {
    async save(draft) {
      const { messages, cuts } = boundConversation(draft.messages, draft.cuts);
      if (messages.length === 0) {
        throw new UserFacingError('invalid-request', say(lang, '这段对话里没有可保存的文字消息。', 'This conversation has no text message to save.'));
      }
      return store.update((view) => {
        const stored = view.list('conversationRecord').length;
        if (stored >= RECORDS_MAX) {
          throw new UserFacingError(
            'invalid-request',
            say(lang, `已保存 ${RECORDS_MAX} 条会话记录，达到上限，这次没有保存。请先在管理页导出并删除旧记录。`, `${RECORDS_MAX} conversation records are kept, the most there can be; this one was not saved. Export and delete old records in the options page first.`),
          );
        }
        const savedAt = now();
        const put = {
          id: CONVERSATION_RECORD_ID_PREFIX + newId('conv').replace(/^conv_/, ''),
          type: 'conversationRecord',
          scope: 'local' as const,
          site: draft.site,
          buyerId: draft.buyerId,
          buyerName: draft.buyerName,
          product: draft.product,
          savedAt,
          messages,
          cuts,
        };
        const [summary] = searchRecords([put as unknown as ConversationRecord]);
        return { changes: [{ put }], value: { summary: summary!, stored: stored + 1, max: RECORDS_MAX } };
      });
    },

    async list(query = '') {
      const records = await all();
      return { value: { records: searchRecords(records, query), total: records.length, max: RECORDS_MAX } };
    },

    async get(id) {
      const record = await store.get(id);
      if (!record || record.type !== 'conversationRecord' || record.deleted) throw notFound(id);
      return { value: record as ConversationRecord };
    },

    delete(id) {
      return store.update((view) => {
        return { changes: [erased(recordIn(view, id))], value: { id } };
      });
    },

    deleteAll() {
      return store.update((view) => {
        const records = live(view.list('conversationRecord'));
        return { changes: records.map(erased), value: { deleted: records.length } };
      });
    },

    async export(format, query = '', fileLang = lang) {
      const records = await all();
      const chosen = new Set(searchRecords(records, query).map((s) => s.id));
      const picked = records.filter((r) => chosen.has(r.id)).sort((a, b) => b.savedAt - a.savedAt);
      if (picked.length === 0) {
        throw new UserFacingError('not-found', say(lang, '没有可以导出的会话记录。', 'There is no conversation record to export.'));
      }
      return { value: exportRecords(picked, format, now(), fileLang) };
    },

    async questions() {
      const records = await all();
      const questions = records.flatMap((r) => r.messages.filter((m) => m.from === 'buyer').map((m) => ({ text: m.text, conversation: r.id })));
      return { value: { questions, records: records.length } };
    },
  };
}

/**
 * Records as the background tells every tab about them: without the conversation (the broadcast
 * also reaches the content scripts on console pages, and they have no use for it).
 */
export function withoutRecordText<R extends { type: string }>(records: readonly R[]): R[] {
  return records.map((r) => (r.type === 'conversationRecord' ? ({ ...r, buyerId: '-', buyerName: '', product: null, messages: [] } as R) : r));
}
