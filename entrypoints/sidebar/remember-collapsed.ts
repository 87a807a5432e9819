import { effect, type Signal } from '@preact/signals';
import type { LibraryState } from '../../components/phrases/library-state';
import type { SiteId } from '../../core/consoles';
import type { ProtocolClient } from '../../core/client';

/**
 * The sidebar opens as the agent left it on this console: collapsed stays collapsed after a
 * reload. Until the library arrives it shows open (the first-time default).
 */
export function rememberCollapsed(site: SiteId, open: Signal<boolean>, library: LibraryState, client: ProtocolClient): void {
  let restored = false;
  effect(() => {
    const snapshot = library.snapshot.value;
    if (restored || !snapshot) return;
    restored = true;
    if (snapshot.sidebarCollapsed[site]) open.value = false;
  });
  effect(() => {
    const collapsed = !open.value;
    if (!restored) return;
    const stored = library.snapshot.peek()?.sidebarCollapsed[site] ?? false;
    if (stored !== collapsed) void client.request({ kind: 'saveSidebarCollapsed', site, collapsed });
  });
}
