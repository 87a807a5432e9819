import { z } from 'zod';
import { recordMetaSchema } from '../store/record';
import { SITE_IDS, type SiteId } from '../consoles';

export const siteIdSchema = z.enum(SITE_IDS as [SiteId, ...SiteId[]]);

/** A CSS selector a person typed to replace one of an adapter's own; bounded, never executed. */
export const selectorTextSchema = z.string().trim().min(1).max(300);

/** Per-console selector overrides, keyed by adapter part (e.g. `chatInput`). Local to this machine. */
export const selectorOverridesRecordSchema = recordMetaSchema.extend({
  type: z.literal('selectorOverrides'),
  scope: z.literal('local'),
  site: siteIdSchema,
  overrides: z.record(z.string().max(40), selectorTextSchema),
});
export type SelectorOverridesRecord = z.infer<typeof selectorOverridesRecordSchema>;

export function selectorOverridesId(site: SiteId): string {
  return `local:selectors:${site}`;
}
