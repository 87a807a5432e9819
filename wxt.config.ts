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
    // Team sync (issue 13): the shop's own CouchDB server, whatever its address. Asked for one origin
    // at a time when the seller clicks 连接 on the options page, and given back on leaving.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The sidebar runs in a frame of our own page on the consoles, and only there. A dynamic URL (a
    // fresh id per browser session) keeps other sites from probing for the extension through it.
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: consoleOrigins(), use_dynamic_url: true }],
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+K' },
        description: '__MSG_commandOpenSidebar__',
      },
    },
    // Firefox: a fixed add-on id (its storage is tied to it) and the data-consent declaration AMO
    // asks of every new add-on: we collect nothing, everything stays in the browser. WXT turns the
    // service worker into `background.scripts` and the side panel into `sidebar_action` there.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (the ESR) and Android 142: the first versions that read data_collection_permissions.
            gecko: { id: 'kefu-sidebar@kefu.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Firefox's sidebar title comes from the side panel's <title>, fixed in Chinese; use the localised name.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_extName__';
    },
  },
  // The sources zip made for Firefox's review holds what the build needs, not the tests or screenshots.
  zip: { excludeSources: ['docs/**', 'test/**', 'demo-output/**', 'test-results/**', 'bench-results.json', '**/*.log'] },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Imported files are read in one module worker (components/file-worker/), which loads the XLSX
    // reader as a chunk of its own.
    worker: { format: 'es' },
  }),
});
