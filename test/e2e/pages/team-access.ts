import type { ExtensionHandle } from '../fixtures';

/**
 * Lets a profile reach the team server. The replica routes abort every request to a host other than
 * the consoles; a route added later is asked first, so this one lets the server's requests through
 * untouched (anything else still goes to the replica routes).
 */
export async function allowTeamServer(ext: ExtensionHandle, serverUrl: string): Promise<void> {
  const origin = new URL(serverUrl).origin;
  await ext.context.route(
    (url) => url.origin === origin,
    (route) => route.continue(),
  );
}

/**
 * What the seller does in the browser's permission prompt, which automation cannot click: grants the
 * extension access to the server's address from `chrome://extensions` (its site-access setting).
 * The extension's own `permissions.request` for that address then resolves at once, granted.
 */
export async function grantHostAccess(ext: ExtensionHandle, serverUrl: string): Promise<void> {
  const page = await ext.context.newPage();
  try {
    await page.goto('chrome://extensions');
    const pattern = `${new URL(serverUrl).origin}/*`;
    const outcome = await page.evaluate(
      async ([id, host]) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate;
        try {
          await api.addHostPermission(id, host);
          return 'ok';
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      },
      [ext.extensionId, pattern] as const,
    );
    if (outcome !== 'ok') throw new Error(`could not grant ${pattern} to the extension: ${outcome}`);
  } finally {
    await page.close();
  }
}
