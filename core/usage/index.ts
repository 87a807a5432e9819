export { phraseUsageRecordSchema, usageRecordId, type PhraseUsageRecord, type UsageEntry } from './model';
export { STALE_AFTER_MS, TOP_PER_STAGE, usageMap, usageReport, type StageKey, type UsageReport } from './usage-report';
export { createUsageService, type UsageService, type UsageServiceDeps } from './usage-service';
export { usageArea } from './area';
