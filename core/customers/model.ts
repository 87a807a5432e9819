import { z } from 'zod';
import { SITE_IDS, type SiteId } from '../consoles';
import { recordMetaSchema, type StoredRecord } from '../store';
import { isCalendarDay } from './card';
import { GROUP_PRESET_KEYS } from './groups';
import { CUSTOMER_LIMITS as L } from './limits';

export const CUSTOMER_ID_PREFIX = 'local:customer:';
export const CUSTOMER_GROUPS_ID = 'local:customer-groups';
export const CLEANUP_ID_PREFIX = 'local:customer-cleanup:';
/** Record types whose contents are buyer notes: never broadcast, only read on request in the sealed frame. */
export const CUSTOMER_RECORD_TYPES: ReadonlySet<string> = new Set(['customer', 'customerCleanup']);

const epoch = z.number().int().nonnegative();
export const siteSchema = z.enum(SITE_IDS as [SiteId, ...SiteId[]]);
export const buyerIdSchema = z.string().trim().min(1).max(L.buyerId);
export const daySchema = z.string().refine(isCalendarDay, { message: 'not a day' });

export const promiseSchema = z.object({
  id: z.string().min(1).max(40),
  text: z.string().trim().min(1).max(L.promiseText),
  due: daySchema,
  done: z.boolean(),
  madeAt: epoch,
  doneAt: epoch.optional(),
});

export const productSeenSchema = z.object({ title: z.string().min(1).max(L.product), at: epoch });

/** The fields a card holds (also what a backup carries). */
export const customerFieldsSchema = z.object({
  site: siteSchema,
  buyerId: buyerIdSchema,
  name: z.string().max(L.name),
  nickname: z.string().trim().max(L.nickname),
  memo: z.string().max(L.memo),
  tags: z.array(z.string().trim().min(1).max(L.tag)).max(L.tags),
  groupId: z.string().min(1).max(40).optional(),
  promises: z.array(promiseSchema).max(L.promises),
  lastContactAt: epoch.optional(),
  products: z.array(productSeenSchema).max(L.products),
});

/**
 * One buyer of one console, on this machine only (`local:` id; in full backups). The id is made from
 * the console and the buyer id (see `customerIdBase`), so a card is found without a scan.
 */
export const customerRecordSchema = recordMetaSchema.extend({
  type: z.literal('customer'),
  scope: z.literal('local'),
  ...customerFieldsSchema.shape,
});
export type CustomerRecord = z.infer<typeof customerRecordSchema>;

export const customerGroupSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    prefix: z.string().max(L.groupPrefix),
    name: z.string().trim().min(1).max(L.groupName).optional(),
    preset: z.enum(GROUP_PRESET_KEYS).optional(),
  })
  .refine((g) => g.name !== undefined || g.preset !== undefined, { message: 'a group needs a name', path: ['name'] });

/** The shop's customer groups, in one record (absent: the ten presets). */
export const customerGroupsRecordSchema = recordMetaSchema.extend({
  type: z.literal('customerGroups'),
  scope: z.literal('local'),
  groups: z.array(customerGroupSchema).max(L.groups),
});

/**
 * One cleanup of inactive customers, kept so it can be undone: the removed cards as they were
 * (one JSON string: parsed and checked card by card on undo), and how many.
 */
export const customerCleanupRecordSchema = recordMetaSchema.extend({
  type: z.literal('customerCleanup'),
  scope: z.literal('local'),
  at: epoch,
  days: z.number().int().min(1).max(L.inactiveDays),
  count: z.number().int().nonnegative(),
  payload: z.string(),
});
export type CustomerCleanupRecord = z.infer<typeof customerCleanupRecordSchema>;

/** Two 32-bit FNV-1a hashes (different offsets) as 16 hex digits: ids may hold only a few characters. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The id a buyer's card is first tried at: console and a hash of the buyer id (buyer ids are page
 * text, often Chinese names, which ids cannot hold). Another buyer found there means a collision:
 * the next try adds `-1`, `-2`, … (see `findCustomer` in the service).
 */
export function customerIdBase(site: string, buyerId: string): string {
  return `${CUSTOMER_ID_PREFIX}${site}:${hash64(buyerId)}`;
}

/** A change broadcast without buyer notes: customer records are announced by id and time only. */
export function withoutCustomerNotes<R extends StoredRecord>(records: readonly R[]): R[] {
  return records.map((r) => {
    if (!CUSTOMER_RECORD_TYPES.has(r.type)) return r;
    const { id, type, schemaVersion, createdAt, updatedAt, updatedBy, scope, deleted } = r;
    return { id, type, schemaVersion, createdAt, updatedAt, updatedBy, scope, ...(deleted ? { deleted } : {}) } as R;
  });
}
