export {
  REPLY_PICKS_ID,
  phraseUsageRecordSchema,
  replyPickSchema,
  replyPicksRecordSchema,
  usageRecordId,
  type PhraseUsageRecord,
  type ReplyPicksRecord,
  type UsageEntry,
} from './model';
export { PICK_QUESTION_MAX, REPLY_PICKS_MAX, addPick, foldQuestion, forgetPicks, livePicks, mostPickedPhrases, type ReplyPick } from './reply-picks';
export { STALE_AFTER_MS, TOP_PER_STAGE, usageMap, usageReport, type StageKey, type UsageReport } from './usage-report';
export { createUsageService, type UsageService, type UsageServiceDeps } from './usage-service';
export { usageArea } from './area';
