import { z } from 'zod';

/**
 * The owner's view of the shop's sub-accounts and of the dedicated-CS relations (专属客服关系),
 * as DOMAIN §3 describes them. These shapes are the public surface other areas build on.
 */

export const ACCOUNT_STATUSES = ['active', 'resigned', 'disabled', 'frozen'] as const;
/** 在职 / 离职 / 停用 / 冻结. */
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const accountSchema = z.object({
  id: z.string().trim().min(1).max(200),
  name: z.string().trim().max(200),
  status: z.enum(ACCOUNT_STATUSES),
  /** Marked as a dedicated customer-service account (专属客服). */
  dedicated: z.boolean(),
  /** Takes part in routing (进分流). */
  inRouting: z.boolean(),
  /** The shop's main account (主账号). */
  main: z.boolean(),
  /** The rights granted to the sub-account, as the back office names them. */
  rights: z.array(z.string().max(200)).max(200).optional(),
});
export type Account = z.infer<typeof accountSchema>;
/** The shop's sub-accounts as the owner last entered, imported or scanned them. */
export type Roster = readonly Account[];

export const relationSchema = z.object({
  buyerId: z.string().trim().min(1).max(200),
  buyerName: z.string().max(200).optional(),
  /** The bound sub-account, or null when the buyer has no dedicated CS bound. */
  accountId: z.string().max(200).nullable(),
  /** When the relation was bound (epoch ms). */
  boundAt: z.number().int().nonnegative().optional(),
});
export type Relation = z.infer<typeof relationSchema>;

/**
 * Why a relation is abnormal (DOMAIN §3), in the order they are shown. A relation may have several;
 * a fix must clear all of them.
 */
export const REASON_CODES = [
  'account-inactive',
  'not-dedicated',
  'not-in-routing',
  'no-dedicated-cs',
  'bound-to-main',
  'unknown-account',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
