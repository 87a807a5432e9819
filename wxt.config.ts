import { defineConfig } from 'wxt';
import { CONSOLE_HOST_PATTERNS } from './core/consoles';

/** The consoles' origins as match patterns: web_accessible_resources take no path but `/*`. */
function consoleOrigins(): string[] {
  return [...new Set(CONSOLE_HOST_PATTERNS.map((pattern) => `${new URL(pattern.replace('*', 'x')).origin}/*`))];
}

// Least privilege: only the console hosts, and only the permissions a feature uses.
export default defineConfig({
  manifestVersion: 3,
  // KEFU_OUT_DIR lets a test run build into a folder of its own, untouched by other builds.
  outDir: process.env.KEFU_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // clipboardWrite: the copy fallback when an insertion cannot be confirmed (made in our own frame,
    // never in the console's page), and standalone mode.
    // alarms: transfer-task reminders (slow, timed out, recheck due) that survive the worker's sleep.
    // No 'storage': the library is in IndexedDB, which needs none.
    permissions: ['clipboardWrite', 'alarms'],
    // The toolbar button opens the standalone library (side panel) for consoles we can't reach.
    action: { default_title: '__MSG_extName__' },
    host_permissions: [...CONSOLE_HOST_PATTERNS],
    // The sidebar runs in a frame of our own page on the consoles, and only there. A dynamic URL (a
    // fresh id per browser session) keeps other sites from probing for the extension through it.
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: consoleOrigins(), use_dynamic_url: true }],
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+K' },
        description: '__MSG_commandOpenSidebar__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kefu-sidebar@kefu.local', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // The relation-file parser runs in a module worker (components/relations/parse-worker.ts),
    // which may load the XLSX reader as a chunk of its own.
    worker: { format: 'es' },
  }),
});
