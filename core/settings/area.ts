import { defineArea } from '../area';
import { selectorOverridesRecordSchema, uiPreferencesRecordSchema, variableSettingsRecordSchema } from './model';

/** Settings records, local to this machine. (The library service saves them: `core/library/area.ts`.) */
export const settingsArea = defineArea({
  name: 'settings',
  records: {
    selectorOverrides: selectorOverridesRecordSchema,
    variableSettings: variableSettingsRecordSchema,
    uiPreferences: uiPreferencesRecordSchema,
  },
});
