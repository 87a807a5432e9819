/**
 * Customer cards (DOMAIN §2): who the buyer in the open conversation is — group, nickname, memo,
 * tags, promises with their due day, last contact, products looked at — the shop's ordered customer
 * groups, and the cleanup of inactive customers with its undo. Pure apart from the service, which
 * goes through the record store.
 */
export { CUSTOMER_LIMITS, DAY_MS, TOUCH_INTERVAL_MS } from './limits';
export {
  GROUP_PRESETS,
  defaultGroups,
  groupName,
  groupProblems,
  isValidPrefix,
  normalizePrefix,
  sortGroups,
  type CustomerGroup,
  type GroupPreset,
  type GroupView,
} from './groups';
export {
  boundedPageText,
  cleanTags,
  duePromises,
  hasNotes,
  isCalendarDay,
  localDay,
  promiseState,
  sortPromises,
  withProductSeen,
  withPromise,
  type CustomerCard,
  type CustomerPromise,
  type DuePromise,
  type ProductSeen,
  type PromiseState,
} from './card';
export { inactiveCustomers, lastSeenAt, type CleanupCandidate } from './cleanup';
export {
  CLEANUP_ID_PREFIX,
  CUSTOMER_GROUPS_ID,
  CUSTOMER_ID_PREFIX,
  CUSTOMER_RECORD_TYPES,
  customerCleanupRecordSchema,
  customerGroupsRecordSchema,
  customerIdBase,
  customerRecordSchema,
  withoutCustomerNotes,
  type CustomerCleanupRecord,
  type CustomerRecord,
} from './model';
export {
  createCustomerService,
  type CardEdit,
  type CustomerKey,
  type CustomerService,
  type CustomerServiceDeps,
  type CustomerView,
  type GroupWithCount,
  type LastCleanup,
} from './service';
export { customersArea } from './area';
// The waiting radar (issue 11 item 2): pure functions over a conversation's messages.
export { consecutiveUnanswered, replyDeadlines, type RadarMessage, type ReplyDeadlines } from './radar';
