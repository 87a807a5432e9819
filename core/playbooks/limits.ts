/**
 * Bounds of a conversation outcome record (kept by `core/outcomes`), zod-free so the sidebar's
 * outcome form can hold to them as the agent types.
 */

/** A buyer id as the page reader bounds it (`MAX_NAME` of the page reader). */
export const OUTCOME_BUYER_ID_MAX = 64;
/** Steps of one run or ticked checklist items: far more than the longest playbook. */
export const OUTCOME_PATH_MAX = 30;
/** One path entry: `step` or `step:answer`. */
export const OUTCOME_PATH_ENTRY = /^[a-z0-9-]{1,30}(:[a-z0-9-]{1,30})?$/;
export const OUTCOME_NOTE_MAX = 500;
/** Kept per buyer: the newest; older ones are dropped when a new one is recorded. */
export const OUTCOMES_PER_BUYER = 50;
/** Kept in all: every record loads when the background wakes. */
export const OUTCOMES_MAX = 5000;
