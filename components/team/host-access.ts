/** Asking the browser for the one team server's origin (`optional_host_permissions`), and giving it back. */
export interface HostAccess {
  /** Shows the browser's prompt: call it inside the click handler, before any other await. */
  request(origin: string): Promise<boolean>;
  remove(origin: string): Promise<void>;
}

const pattern = (origin: string) => ({ origins: [`${origin}/*`] });

export const browserHostAccess: HostAccess = {
  request: (origin) => browser.permissions.request(pattern(origin)).catch(() => false),
  remove: async (origin) => void (await browser.permissions.remove(pattern(origin)).catch(() => false)),
};
