import { defineConfig } from 'wxt';
import { CONSOLE_HOST_PATTERNS } from './core/consoles';

// Least privilege: only the console hosts, and only the permissions a feature uses.
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'clipboardWrite'],
    host_permissions: [...CONSOLE_HOST_PATTERNS],
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+K' },
        description: '__MSG_commandOpenSidebar__',
      },
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
