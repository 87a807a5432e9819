/**
 * Conversation records and recurring questions (issue 11 items 4–5): the visible conversation saved
 * on request as evidence, kept on this machine only, listed, searched, exported and deleted; and
 * the buyer questions that recur across them, grouped, with a new phrase suggested for each group
 * no phrase answers. Pure apart from the service, which goes through the record store.
 */
export {
  RECORDS_MAX,
  RECORD_LABEL_CHARS,
  RECORD_MESSAGES_MAX,
  RECORD_MESSAGE_CHARS,
  RECORD_QUERY_CHARS,
  RECORD_TOTAL_CHARS,
  boundConversation,
  localTime,
  type ConversationDraft,
  type MessageAuthor,
  type RecordCuts,
  type RecordedMessage,
} from './limits';
export { CONVERSATION_RECORD_ID_PREFIX, conversationDraftSchema, conversationRecordSchema, type ConversationRecord } from './model';
export { queryTerms, searchRecords, type RecordSummary } from './search';
export { cutsNotice, exportRecords, recordText, type RecordExportFile, type RecordExportFormat } from './export';
export { RECURRING_DEFAULTS, answeredBy, groupQuestions, normalizeQuestion, recurringQuestions, type AskedQuestion, type QuestionGroup, type RecurringOptions } from './recurring';
export { createRecordsService, withoutRecordText, type RecordsService, type RecordsServiceDeps, type SavedRecord } from './service';
export { recordsArea } from './area';
