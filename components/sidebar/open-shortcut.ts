/** Alt+K, the same keys as the manifest command, for pages where the browser does not deliver it. */
export function isOpenShortcut(e: KeyboardEvent): boolean {
  return e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'k' || e.key === 'K' || e.code === 'KeyK');
}
