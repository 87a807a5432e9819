import type { LibraryState } from '../../components/phrases/library-state';
import type { PickOutcome } from '../../components/sidebar/host';
import type { SiteId } from '../../core/consoles';
import type { ProtocolClient } from '../../core/client';
import type { PageLink } from './page-link';

/**
 * The agent clicks the console's chat input (the content script runs the picker); we keep the
 * selector as this console's override, with the others, so the input is found again after a reload.
 */
export async function pickAndSaveChatInput(deps: { site: SiteId; link: PageLink; client: ProtocolClient; library: LibraryState }): Promise<PickOutcome> {
  const picked = await deps.link.request('pickChatInput', {});
  if (picked.kind !== 'picked') return picked;
  return saveSelectorOverride(deps, 'chatInput', picked.selector);
}

/** Keeps one picked selector as this console's override for `key`, with the others; the content script gets them back. */
export async function saveSelectorOverride(
  deps: { site: SiteId; client: ProtocolClient; library: LibraryState },
  key: string,
  selector: string,
): Promise<PickOutcome> {
  const saved = deps.library.snapshot.value?.selectorOverrides.find((r) => r.site === deps.site)?.overrides ?? {};
  const reply = await deps.client.request({ kind: 'saveSelectorOverrides', site: deps.site, overrides: { ...saved, [key]: selector } });
  if (!reply.ok) return { kind: 'failed', message: reply.error.message };
  await deps.library.reload();
  return { kind: 'saved', selector };
}
