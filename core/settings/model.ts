import { z } from 'zod';
import { recordMetaSchema } from '../store';
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

/** Variables filled from settings rather than from the page: the same for every conversation. */
export const SETTING_VARIABLES = ['店铺', '客服', '发货时间'] as const;
export const VARIABLE_SETTINGS_ID = 'local:settings:variables';

export const variableValuesSchema = z.record(z.string().trim().min(1).max(20), z.string().trim().max(100));

/** The agent's own values for `{店铺}`, `{客服}`, `{发货时间}`… Local to this machine. */
export const variableSettingsRecordSchema = recordMetaSchema.extend({
  type: z.literal('variableSettings'),
  scope: z.literal('local'),
  values: variableValuesSchema,
});
export type VariableSettingsRecord = z.infer<typeof variableSettingsRecordSchema>;

export const UI_PREFERENCES_ID = 'local:settings:ui';

/** How the agent left the sidebar on each console (collapsed or open). Local to this machine. */
export const uiPreferencesRecordSchema = recordMetaSchema.extend({
  type: z.literal('uiPreferences'),
  scope: z.literal('local'),
  collapsed: z.partialRecord(siteIdSchema, z.boolean()),
});
export type UiPreferencesRecord = z.infer<typeof uiPreferencesRecordSchema>;

export const SYNONYM_SETTINGS_ID = 'local:settings:synonyms';
/** Owner pairs of shop words: each word 1–`SYNONYM_TERM_MAX` characters, at most `SYNONYM_PAIRS_MAX` pairs. */
export const SYNONYM_TERM_MAX = 12;
export const SYNONYM_PAIRS_MAX = 200;

export const synonymTermSchema = z.string().trim().min(1).max(SYNONYM_TERM_MAX);
export const synonymPairSchema = z
  .tuple([synonymTermSchema, synonymTermSchema])
  .refine(([a, b]) => a.toLowerCase() !== b.toLowerCase(), { message: 'the two words are the same / 两个词相同' });
export const synonymPairsSchema = z.array(synonymPairSchema).max(SYNONYM_PAIRS_MAX);

/** The owner's own shop-word pairs (顺风 = 顺丰), added to our synonym table in search. Local to this machine. */
export const synonymSettingsRecordSchema = recordMetaSchema.extend({
  type: z.literal('synonymSettings'),
  scope: z.literal('local'),
  pairs: synonymPairsSchema,
});
export type SynonymSettingsRecord = z.infer<typeof synonymSettingsRecordSchema>;
