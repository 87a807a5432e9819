import { z } from 'zod';
import type { SiteId } from '../consoles';
import type { Lang } from '../i18n';
import { parseInput, type RecordStore, type WriteOutcome } from '../store';
import {
  SYNONYM_SETTINGS_ID,
  UI_PREFERENCES_ID,
  VARIABLE_SETTINGS_ID,
  selectorOverridesId,
  selectorOverridesRecordSchema,
  siteIdSchema,
  synonymPairsSchema,
  variableValuesSchema,
  type UiPreferencesRecord,
} from './model';

export interface SettingsServiceDeps {
  store: RecordStore;
  lang: Lang;
}

/** The agent's settings on this machine: selector overrides, variable values, sidebar preferences. */
export interface SettingsService {
  /** Replaces a console's selector overrides. */
  saveSelectorOverrides(site: SiteId, overrides: Record<string, string>): Promise<WriteOutcome<{ id: string }>>;
  /** Remembers whether the sidebar is collapsed on a console. */
  saveSidebarCollapsed(site: SiteId, collapsed: boolean): Promise<WriteOutcome<{ id: string }>>;
  /** Values for `{店铺}`, `{客服}`… used in every conversation; empty values are dropped. */
  saveVariableSettings(values: Record<string, string>): Promise<WriteOutcome<{ id: string }>>;
  /**
   * Replaces the owner's shop-word pairs (trimmed; a pair given twice, in either order, kept once).
   * A bad pair refuses the whole list, saying which pair and word.
   */
  saveSynonymPairs(pairs: readonly (readonly [string, string])[]): Promise<WriteOutcome<{ id: string }>>;
}

const SELECTORS = { zh: '选择器设置', en: 'selector settings' };
const VARIABLES = { zh: '变量设置', en: 'variable settings' };
const UI = { zh: '侧边栏设置', en: 'sidebar settings' };
const SYNONYMS = { zh: '同义词', en: 'synonym list' };

const overridesInputSchema = z.object({ site: siteIdSchema, overrides: selectorOverridesRecordSchema.shape.overrides });

export function createSettingsService({ store, lang }: SettingsServiceDeps): SettingsService {
  return {
    async saveSidebarCollapsed(site, collapsed) {
      const parsed = parseInput(z.object({ site: siteIdSchema, collapsed: z.boolean() }), { site, collapsed }, UI, lang);
      return store.update((view) => {
        const current = (view.get(UI_PREFERENCES_ID) as UiPreferencesRecord | undefined)?.collapsed ?? {};
        return {
          changes: [{ put: { id: UI_PREFERENCES_ID, type: 'uiPreferences', scope: 'local', collapsed: { ...current, [parsed.site]: parsed.collapsed } } }],
          value: { id: UI_PREFERENCES_ID },
        };
      });
    },

    async saveVariableSettings(values) {
      const parsed = parseInput(variableValuesSchema, values, VARIABLES, lang);
      const kept = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== ''));
      return store.update(() => ({
        changes: [{ put: { id: VARIABLE_SETTINGS_ID, type: 'variableSettings', scope: 'local', values: kept } }],
        value: { id: VARIABLE_SETTINGS_ID },
      }));
    },

    async saveSynonymPairs(pairs) {
      const parsed = parseInput(synonymPairsSchema, pairs, SYNONYMS, lang);
      const kept: [string, string][] = [];
      const seen = new Set<string>();
      for (const [a, b] of parsed) {
        const key = [a.toLowerCase(), b.toLowerCase()].sort().join('\u0001');
        if (seen.has(key)) continue;
        seen.add(key);
        kept.push([a, b]);
      }
      return store.update(() => ({
        changes: [{ put: { id: SYNONYM_SETTINGS_ID, type: 'synonymSettings', scope: 'local', pairs: kept } }],
        value: { id: SYNONYM_SETTINGS_ID },
      }));
    },

    async saveSelectorOverrides(site, overrides) {
      const parsed = parseInput(overridesInputSchema, { site, overrides }, SELECTORS, lang);
      const id = selectorOverridesId(parsed.site);
      return store.update(() => ({
        changes: [{ put: { id, type: 'selectorOverrides', scope: 'local', site: parsed.site, overrides: parsed.overrides } }],
        value: { id },
      }));
    },
  };
}
