/** Machine-local settings: selector overrides, variable values, sidebar preferences. */
export * from './model';
export { settingsArea } from './area';
export { createSettingsService, type SettingsService, type SettingsServiceDeps } from './settings-service';
