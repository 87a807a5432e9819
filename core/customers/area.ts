import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, OPTIONS_ONLY, defineRequest } from '../protocol';
import { CUSTOMER_LIMITS as L } from './limits';
import { buyerIdSchema, customerCleanupRecordSchema, customerGroupsRecordSchema, customerRecordSchema, daySchema, siteSchema } from './model';
import type { CustomerService } from './service';

const key = { site: siteSchema, buyerId: buyerIdSchema };
/** The buyer's name is page text: cut to size by the service, never a reason to refuse a save. */
const pageName = z.string().max(10_000);
const days = z.number().int().min(1).max(L.inactiveDays);

/**
 * Customer cards (DOMAIN §2): one card per buyer of each console, the shop's customer groups, and
 * cleanups of inactive customers with their undo. The card is the agent's tool in the sidebar, so
 * its requests are open to console pages; editing the groups (a delete moves their customers) and
 * removing customers in bulk are the options page's, as for phrase groups.
 */
export const customersArea = defineArea({
  name: 'customers',
  records: { customer: customerRecordSchema, customerGroups: customerGroupsRecordSchema, customerCleanup: customerCleanupRecordSchema },
  requests: ({ customers }: { customers: CustomerService }) => ({
    getCustomerCard: defineRequest({ input: z.object(key), allow: ANY_PAGE, handle: (req) => customers.getCard(req) }),
    /** The conversation is open in the console: last contact, name, the product the buyer looks at (page text). */
    touchCustomer: defineRequest({
      input: z.object({ ...key, name: pageName, product: z.string().max(10_000).optional() }),
      allow: ANY_PAGE,
      handle: (req) => customers.touch(req),
    }),
    saveCustomerCard: defineRequest({
      input: z.object({
        ...key,
        name: pageName,
        nickname: z.string().max(L.nickname).optional(),
        memo: z.string().max(L.memo).optional(),
        tags: z.array(z.string().max(L.tag)).max(L.tags).optional(),
        groupId: z.string().min(1).max(40).nullable().optional(),
      }),
      allow: ANY_PAGE,
      handle: (req) => customers.saveCard(req),
    }),
    addCustomerPromise: defineRequest({
      input: z.object({ ...key, name: pageName, text: z.string().trim().min(1).max(L.promiseText), due: daySchema }),
      allow: ANY_PAGE,
      handle: (req) => customers.addPromise(req),
    }),
    updateCustomerPromise: defineRequest({
      input: z.object({ ...key, promiseId: z.string().min(1).max(40), done: z.boolean().optional(), remove: z.boolean().optional() }),
      allow: ANY_PAGE,
      handle: (req) => customers.updatePromise(req),
    }),
    getDuePromises: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: () => customers.duePromises() }),
    getCustomerGroups: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: () => customers.groups() }),
    saveCustomerGroup: defineRequest({
      input: z.object({ id: z.string().min(1).max(40).optional(), prefix: z.string().max(L.groupPrefix + 10), name: z.string().max(L.groupName + 10) }),
      allow: OPTIONS_ONLY,
      handle: (req) => customers.saveGroup(req),
    }),
    deleteCustomerGroup: defineRequest({
      input: z.object({ id: z.string().min(1).max(40), moveTo: z.string().min(1).max(40).nullable().optional() }),
      allow: OPTIONS_ONLY,
      handle: (req) => customers.deleteGroup(req),
    }),
    previewCustomerCleanup: defineRequest({ input: z.object({ days }), allow: OPTIONS_ONLY, handle: (req) => customers.previewCleanup(req) }),
    cleanUpCustomers: defineRequest({
      input: z.object({ days, ids: z.array(z.string().min(1).max(120)).min(1).max(L.cleanup) }),
      allow: OPTIONS_ONLY,
      handle: (req) => customers.cleanUp(req),
    }),
    undoCustomerCleanup: defineRequest({ input: z.object({ id: z.string().min(1).max(120) }), allow: OPTIONS_ONLY, handle: (req) => customers.undoCleanup(req) }),
  }),
});
