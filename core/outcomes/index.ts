/** Conversation outcomes: the records the playbooks and the closing checklist keep, per buyer. */
export { conversationOutcomeRecordSchema, outcomeFieldsSchema, type ConversationOutcome, type ConversationOutcomeRecord, type OutcomeFields } from './model';
export { createOutcomesService, type OutcomesService, type OutcomesServiceDeps } from './service';
export { outcomesArea } from './area';
