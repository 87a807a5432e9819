import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, defineRequest } from '../protocol';
import {
  selectorOverridesRecordSchema,
  selectorTextSchema,
  siteIdSchema,
  synonymSettingsRecordSchema,
  uiPreferencesRecordSchema,
  variableSettingsRecordSchema,
} from './model';
import type { SettingsService } from './settings-service';

/** Settings local to this machine; any of our pages may save them (the sidebar's picker, collapse and variables). */
export const settingsArea = defineArea({
  name: 'settings',
  records: {
    selectorOverrides: selectorOverridesRecordSchema,
    variableSettings: variableSettingsRecordSchema,
    uiPreferences: uiPreferencesRecordSchema,
    synonymSettings: synonymSettingsRecordSchema,
  },
  requests: ({ settings }: { settings: SettingsService }) => ({
    saveSidebarCollapsed: defineRequest({
      input: z.object({ site: siteIdSchema, collapsed: z.boolean() }),
      allow: ANY_PAGE,
      handle: (req) => settings.saveSidebarCollapsed(req.site, req.collapsed),
    }),
    saveVariableSettings: defineRequest({
      input: z.object({ values: z.record(z.string().max(20), z.string().max(100)) }),
      allow: ANY_PAGE,
      handle: (req) => settings.saveVariableSettings(req.values),
    }),
    // Checked in the service (word by word, with the pair's number); here only the shape and size.
    saveSynonymPairs: defineRequest({
      input: z.object({ pairs: z.array(z.tuple([z.string().max(100), z.string().max(100)])).max(1000) }),
      allow: ANY_PAGE,
      handle: (req) => settings.saveSynonymPairs(req.pairs),
    }),
    saveSelectorOverrides: defineRequest({
      input: z.object({ site: siteIdSchema, overrides: z.record(z.string().max(40), selectorTextSchema) }),
      allow: ANY_PAGE,
      handle: (req) => settings.saveSelectorOverrides(req.site, req.overrides),
    }),
  }),
});
